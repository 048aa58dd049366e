namespace Caaa.Core.Attribution;

public sealed class AttributionPolicyOptions
{
    /// <summary>Below this winning probability the verdict is UNKNOWN. Default value: 0.6.</summary>
    public double ConfidenceThreshold { get; set; } = 0.6;
}
