namespace Caaa.Integrations.Context;

/// <summary>The <c>upstream</c> label values of the context sources (see docs/contracts.md).</summary>
internal static class ContextUpstreams
{
    public const string Calendar = "calendar";

    public const string Deployments = "deployments";
}
