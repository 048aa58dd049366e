namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Prometheus-compatible <c>query_range</c> (Prometheus, Thanos, Mimir, VictoriaMetrics).
/// Failures surface as <see cref="UpstreamException"/>, never as an empty result.
/// </summary>
public interface IPrometheusClient
{
    /// <param name="step">The wanted resolution; widened automatically to stay under 11,000 points.</param>
    Task<RangeQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken);
}
