namespace Caaa.Core.Context;

public enum ContextEventKind
{
    /// <summary>A planned business event: sale, campaign, batch job, holiday, load test.</summary>
    Calendar,

    /// <summary>A deployment or configuration change.</summary>
    Deployment,
}
