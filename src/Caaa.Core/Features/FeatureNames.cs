namespace Caaa.Core.Features;

/// <summary>
/// The feature order shared by training and serving. The first 17 are the research plan's
/// (6 workload, 6 behavioural, 5 context); the rest are CAAA's additions.
/// </summary>
public static class FeatureNames
{
    public static readonly IReadOnlyList<string> Workload =
    [
        "global_load_ratio",
        "cpu_request_correlation",
        "cross_service_sync",
        "error_rate_delta",
        "latency_cpu_correlation",
        "memory_trend_uniformity",
    ];

    public static readonly IReadOnlyList<string> Behavioural =
    [
        "onset_gradient",
        "peak_duration",
        "cascade_score",
        "recovery_indicator",
        "affected_service_ratio",
        "variance_change_ratio",
    ];

    public static readonly IReadOnlyList<string> Context =
    [
        "event_active",
        "event_expected_impact",
        "time_seasonality",
        "recent_deployment",
        "context_confidence",
    ];

    public static readonly IReadOnlyList<string> Additional =
    [
        "load_ratio",
        "cost_per_request_change",
        "error_ratio_change",
        "latency_ratio",
        "detector_score",
        "cpu_rise_unexplained",
        "latency_rise_unexplained",
        "min_load_ratio",
    ];

    public static readonly IReadOnlyList<string> All =
        [.. Workload, .. Behavioural, .. Context, .. Additional];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "Not a CAAA feature.");
    }
}
