using Caaa.Integrations;
using Caaa.Sidecar.Metrics;

namespace Caaa.Sidecar.Wiring;

/// <summary>
/// Observes the duration of every upstream HTTP exchange (failed ones included). Failures are counted
/// once, where the sidecar catches them, so they are not counted here again.
/// </summary>
internal sealed class MetricsUpstreamObserver(CaaaMetrics metrics) : IUpstreamObserver
{
    public void Observe(string upstream, TimeSpan duration, UpstreamFailure? failure) =>
        metrics.UpstreamDuration.WithLabels(upstream).Observe(duration.TotalSeconds);
}
