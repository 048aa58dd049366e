using Caaa.Integrations;
using Caaa.Integrations.Prometheus;

namespace Caaa.Sidecar.Evidence;

/// <summary>Stands in until the integrations register a real client: Prometheus is simply unreachable.</summary>
internal sealed class UnconfiguredPrometheusClient : IPrometheusClient
{
    public Task<RangeQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken) =>
        throw new UpstreamException("prometheus", UpstreamFailure.Unavailable, retryable: false,
            "No Prometheus client is configured.");
}
