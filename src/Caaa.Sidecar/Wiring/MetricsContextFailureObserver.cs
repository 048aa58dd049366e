using Caaa.Integrations;
using Caaa.Integrations.Context;
using Caaa.Sidecar.Metrics;

namespace Caaa.Sidecar.Wiring;

/// <summary>Counts every calendar or deployment source that failed while context was gathered.</summary>
internal sealed class MetricsContextFailureObserver(CaaaMetrics metrics) : IContextFailureObserver
{
    public void OnSourceFailed(string sourceName, UpstreamException failure) => metrics.CountUpstreamFailure(failure);
}
