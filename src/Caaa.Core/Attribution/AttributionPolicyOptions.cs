namespace Caaa.Core.Attribution;

public sealed class AttributionPolicyOptions
{
    /// <summary>Below this winning probability the verdict is UNKNOWN. Default value: 0.6.</summary>
    public double ConfidenceThreshold { get; set; } = 0.6;

    /// <summary>
    /// EXPECTED_LOAD needs the entry request rate to have risen above this multiple of its pre-onset
    /// level (feature <c>load_ratio</c>); otherwise the verdict is at most UNKNOWN. Default value: 1.2.
    /// </summary>
    public double MinimumLoadRatio { get; set; } = 1.2;

    /// <summary>
    /// The winning probability is multiplied by this when a context source failed. Default value: 0.8.
    /// </summary>
    public double IncompleteContextFactor { get; set; } = 0.8;
}
