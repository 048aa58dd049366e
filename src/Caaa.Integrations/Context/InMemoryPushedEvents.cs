using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>A bounded, thread-safe, volatile <see cref="IPushedEvents"/>; nothing survives a restart.</summary>
internal sealed class InMemoryPushedEvents : IPushedEvents
{
    private readonly Lock _gate = new();
    private readonly List<ContextEvent> _events = [];
    private readonly InMemoryPushedEventsOptions _options;
    private readonly TimeProvider _timeProvider;

    public InMemoryPushedEvents(InMemoryPushedEventsOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
    }

    public Task AddAsync(ContextEvent contextEvent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_events.Contains(contextEvent, ContextEventComparer.Instance))
            {
                _events.Add(contextEvent);
            }

            Trim();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ContextEvent>> QueryAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ContextEvent> found = [.. _events
                .Where(e => ContextWindow.Overlaps(e, from, to))
                .OrderBy(e => e.Start)];
            return Task.FromResult(found);
        }
    }

    private void Trim()
    {
        var horizon = _timeProvider.GetUtcNow() - _options.Retention;
        _events.RemoveAll(e => (e.End ?? e.Start) < horizon);

        var surplus = _events.Count - _options.Capacity;
        if (surplus > 0)
        {
            _events.Sort((a, b) => (a.End ?? a.Start).CompareTo(b.End ?? b.Start));
            _events.RemoveRange(0, surplus);
        }
    }
}
