namespace Caaa.Sidecar.Options;

/// <summary>A PromQL template for one signal; <c>{{label}}</c> is replaced by the alert's label value.</summary>
internal sealed class SignalQueryOptions
{
    /// <summary><c>cpu</c>, <c>memory</c>, <c>load</c>, <c>latency</c> or <c>errors</c>.</summary>
    public string Signal { get; set; } = "";

    public string Query { get; set; } = "";

    public static IReadOnlyList<SignalQueryOptions> Defaults { get; } =
    [
        new() { Signal = "load", Query = RateBy("http_requests_total", "") },
        new()
        {
            Signal = "errors",
            Query = RateBy("http_requests_total", ",code=~\"5..\"") + " / " + RateBy("http_requests_total", ""),
        },
        new()
        {
            Signal = "latency",
            Query = "histogram_quantile(0.99, sum by (service, le) "
                + "(rate(http_request_duration_seconds_bucket{namespace=\"{{namespace}}\"}[1m])))",
        },
        new() { Signal = "cpu", Query = RateBy("container_cpu_usage_seconds_total", "") },
        new()
        {
            Signal = "memory",
            Query = "sum by (service) (container_memory_working_set_bytes{namespace=\"{{namespace}}\"})",
        },
    ];

    private static string RateBy(string metric, string extraMatchers) =>
        $"sum by (service) (rate({metric}{{namespace=\"{{{{namespace}}}}\"{extraMatchers}}}[1m]))";
}
