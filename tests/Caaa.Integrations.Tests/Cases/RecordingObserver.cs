using System.Collections.Concurrent;

namespace Caaa.Integrations.Tests.Cases;

internal sealed class RecordingObserver : IUpstreamObserver
{
    private readonly ConcurrentQueue<(string Upstream, UpstreamFailure? Failure)> _observations = new();

    public IReadOnlyList<(string Upstream, UpstreamFailure? Failure)> Observations => _observations.ToArray();

    public void Observe(string upstream, TimeSpan duration, UpstreamFailure? failure) =>
        _observations.Enqueue((upstream, failure));
}
