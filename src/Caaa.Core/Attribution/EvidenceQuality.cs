namespace Caaa.Core.Attribution;

/// <summary>How complete the evidence behind an attribution was.</summary>
/// <param name="MetricsMissing">Prometheus could not be reached or returned nothing usable.</param>
/// <param name="MetricsPartial">Prometheus answered with warnings or some signals are missing.</param>
/// <param name="ContextIncomplete">At least one calendar or deployment source failed.</param>
public sealed record EvidenceQuality(
    bool MetricsMissing = false,
    bool MetricsPartial = false,
    bool ContextIncomplete = false)
{
    public static EvidenceQuality Full { get; } = new();
}
