using Caaa.Integrations;
using Caaa.Sidecar.Metrics;

namespace Caaa.Sidecar.Wiring;

/// <summary>Turns every upstream HTTP exchange into the duration histogram and the failure counter.</summary>
internal sealed class MetricsUpstreamObserver(CaaaMetrics metrics) : IUpstreamObserver
{
    public void Observe(string upstream, TimeSpan duration, UpstreamFailure? failure)
    {
        metrics.UpstreamDuration.WithLabels(upstream).Observe(duration.TotalSeconds);
        if (failure is { } reason)
        {
            metrics.CountUpstreamFailure(upstream, reason);
        }
    }
}
