using System.Collections.Concurrent;
using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>
/// Decorates a source with a per-window-bucket cache (TTL from <see cref="TimeProvider"/>), a per-call
/// timeout, and failure classification: whatever goes wrong leaves as an <see cref="UpstreamException"/>
/// for <see cref="Upstream"/>. Failures are never cached, so the next alert tries again.
/// </summary>
internal sealed class CachedContextSource : IContextSource
{
    private readonly IContextSource _inner;
    private readonly CachedContextOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(DateTimeOffset From, DateTimeOffset To), CacheEntry> _entries = new();

    public CachedContextSource(
        IContextSource inner,
        string upstream,
        CachedContextOptions options,
        TimeProvider timeProvider)
    {
        _inner = inner;
        Upstream = upstream;
        _options = options;
        _timeProvider = timeProvider;
    }

    public string Name => _inner.Name;

    /// <summary><c>calendar</c> or <c>deployments</c>.</summary>
    public string Upstream { get; }

    public async Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var key = (Floor(from), Ceiling(to));
        var now = _timeProvider.GetUtcNow();
        Evict(now);

        var entry = _entries.GetOrAdd(key, k => new CacheEntry(now + _options.TimeToLive, FetchAsync(k.From, k.To)));
        IReadOnlyList<ContextEvent> events;
        try
        {
            events = await entry.Events.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _entries.TryRemove(new KeyValuePair<(DateTimeOffset, DateTimeOffset), CacheEntry>(key, entry));
            throw;
        }

        return [.. events.Where(e => ContextWindow.Overlaps(e, from, to))];
    }

    private async Task<IReadOnlyList<ContextEvent>> FetchAsync(DateTimeOffset from, DateTimeOffset to)
    {
        // The fetch is shared by every caller of this bucket, so it is bounded by its own timeout
        // rather than by the first caller's token.
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        try
        {
            return await _inner.GetEventsAsync(from, to, timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            throw new UpstreamException(
                Upstream,
                UpstreamFailure.Timeout,
                retryable: true,
                $"{Name}: no answer within {_options.Timeout.TotalSeconds:0.###} s.",
                exception);
        }
        catch (Exception exception)
        {
            throw UpstreamErrors.Classify(Upstream, Name, exception);
        }
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(pair);
            }
        }

        var surplus = _entries.Count - _options.MaxEntries + 1;
        foreach (var pair in _entries.OrderBy(p => p.Value.ExpiresAt).Take(Math.Max(0, surplus)))
        {
            _entries.TryRemove(pair);
        }
    }

    private DateTimeOffset Floor(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - (instant.UtcTicks % _options.BucketSize.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private DateTimeOffset Ceiling(DateTimeOffset instant)
    {
        var floor = Floor(instant);
        return floor == instant ? floor : floor + _options.BucketSize;
    }

    private sealed record CacheEntry(DateTimeOffset ExpiresAt, Task<IReadOnlyList<ContextEvent>> Events);
}
