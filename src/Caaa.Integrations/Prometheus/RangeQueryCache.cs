namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Coalesces identical concurrent range queries into one HTTP call and keeps successful answers for
/// a short time. Several incidents of one alert group ask for exactly the same series.
/// </summary>
internal sealed class RangeQueryCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RangeQueryKey, Entry> _entries = [];
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _ttl;
    private readonly int _capacity;
    private long _fetchCount;

    public RangeQueryCache(TimeProvider timeProvider, TimeSpan ttl, int capacity)
    {
        _timeProvider = timeProvider;
        _ttl = ttl;
        _capacity = capacity;
    }

    /// <summary>Logical fetches started (one per miss; retries inside the resilience handler not included).</summary>
    public long FetchCount => Interlocked.Read(ref _fetchCount);

    public Task<RangeQueryResult> GetOrFetchAsync(RangeQueryKey key, Func<Task<RangeQueryResult>> fetch)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing) && !IsExpired(existing))
            {
                return existing.Result;
            }

            var completion = new TaskCompletionSource<RangeQueryResult>(
                TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = new Entry(completion.Task);
            _entries[key] = entry;
            TrimLocked();
            _ = FetchAsync(key, entry, completion, fetch);
            return entry.Result;
        }
    }

    private async Task FetchAsync(
        RangeQueryKey key,
        Entry entry,
        TaskCompletionSource<RangeQueryResult> completion,
        Func<Task<RangeQueryResult>> fetch)
    {
        // Leave the lock before any I/O starts.
        await Task.Yield();
        Interlocked.Increment(ref _fetchCount);
        try
        {
            var result = await fetch();
            lock (_gate)
            {
                entry.CompletedAt = _timeProvider.GetUtcNow();
            }

            completion.SetResult(result);
        }
        catch (Exception exception)
        {
            // A failure is never cached: the next caller tries again.
            Forget(key, entry);
            completion.SetException(exception);
        }
    }

    private void Forget(RangeQueryKey key, Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
            {
                _entries.Remove(key);
            }
        }
    }

    private bool IsExpired(Entry entry) =>
        entry.CompletedAt is { } completed && _timeProvider.GetUtcNow() - completed >= _ttl;

    private void TrimLocked()
    {
        if (_entries.Count <= _capacity)
        {
            return;
        }

        foreach (var expired in _entries.Where(e => IsExpired(e.Value)).Select(e => e.Key).ToList())
        {
            _entries.Remove(expired);
        }

        var surplus = _entries.Count - _capacity;
        var oldest = _entries
            .Where(e => e.Value.CompletedAt is not null)
            .OrderBy(e => e.Value.CompletedAt)
            .Take(surplus)
            .Select(e => e.Key)
            .ToList();
        foreach (var key in oldest)
        {
            _entries.Remove(key);
        }
    }

    private sealed class Entry(Task<RangeQueryResult> result)
    {
        public Task<RangeQueryResult> Result { get; } = result;

        public DateTimeOffset? CompletedAt { get; set; }
    }
}
