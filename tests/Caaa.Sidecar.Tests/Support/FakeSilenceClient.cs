using Caaa.Integrations;
using Caaa.Integrations.Alertmanager;

namespace Caaa.Sidecar.Tests.Support;

/// <summary>An in-memory Alertmanager silences API.</summary>
internal sealed class FakeSilenceClient : ISilenceClient
{
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Silence> _silences = [];
    private int _next;

    public FakeSilenceClient(TimeProvider time)
    {
        _time = time;
    }

    public List<SilenceRequest> Created { get; } = [];

    public List<string> Expired { get; } = [];

    public List<(string Id, DateTimeOffset End)> Extended { get; } = [];

    public bool Unavailable { get; set; }

    public Task<SilenceResult> CreateAsync(SilenceRequest request, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_silences)
        {
            Created.Add(request);
            var now = _time.GetUtcNow();
            var end = now + request.Duration;
            if (request.NotAfter < end)
            {
                end = request.NotAfter.Value;
            }

            var id = $"silence-{++_next}";
            _silences[id] = new Silence(id, request.Matchers, now, end, request.CreatedBy, request.Comment, "active");
            return Task.FromResult(new SilenceResult(id, now, end, Reused: false));
        }
    }

    public Task<string> ExtendAsync(string silenceId, DateTimeOffset newEnd, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_silences)
        {
            Extended.Add((silenceId, newEnd));
            var old = _silences[silenceId];
            _silences[silenceId] = old with { State = "expired" };
            var id = $"silence-{++_next}";
            _silences[id] = old with { Id = id, EndsAt = newEnd };
            return Task.FromResult(id);
        }
    }

    public Task ExpireAsync(string silenceId, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_silences)
        {
            Expired.Add(silenceId);
            _silences[silenceId] = _silences[silenceId] with { State = "expired" };
            return Task.CompletedTask;
        }
    }

    public Task<Silence?> GetAsync(string silenceId, CancellationToken cancellationToken)
    {
        lock (_silences)
        {
            return Task.FromResult(_silences.GetValueOrDefault(silenceId));
        }
    }

    public Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_silences)
        {
            return Task.FromResult<IReadOnlyList<Silence>>([.. _silences.Values]);
        }
    }

    private void ThrowIfUnavailable()
    {
        if (Unavailable)
        {
            throw new UpstreamException("alertmanager", UpstreamFailure.Unavailable, true, "connection refused");
        }
    }
}
