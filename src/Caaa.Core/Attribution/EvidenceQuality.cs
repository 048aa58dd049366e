using Caaa.Core.Metrics;

namespace Caaa.Core.Attribution;

/// <summary>How complete the evidence behind an attribution was.</summary>
/// <param name="MetricsMissing">Prometheus could not be reached or returned nothing usable.</param>
/// <param name="MetricsPartial">Prometheus answered with warnings or some signals are missing.</param>
/// <param name="ContextIncomplete">At least one calendar or deployment source failed.</param>
/// <param name="RequestRateUnmeasured">
/// No service reported a request rate above zero before onset, so whether traffic rose is not known.
/// </param>
public sealed record EvidenceQuality(
    bool MetricsMissing = false,
    bool MetricsPartial = false,
    bool ContextIncomplete = false,
    bool RequestRateUnmeasured = false)
{
    public static EvidenceQuality Full { get; } = new();

    /// <summary>Whether any service of <paramref name="frame"/> reports a request rate above zero.</summary>
    public static bool RequestRateMeasured(MetricFrame frame) =>
        frame.Series(Signal.Load).Any(s => s.Values.Any(v => double.IsFinite(v) && v > 0));
}
