using Caaa.Integrations.Prometheus;
using Microsoft.Extensions.Time.Testing;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class RangeQueryCacheTests
{
    private static readonly RangeQueryKey Key = new("up", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1),
        TimeSpan.FromMinutes(1));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
    private int _fetches;

    [Fact]
    public async Task GetOrFetch_WithinTtl_AnsweredFromMemory()
    {
        var cache = new RangeQueryCache(_time, TimeSpan.FromSeconds(30), 16);

        var first = await cache.GetOrFetchAsync(Key, FetchAsync);
        _time.Advance(TimeSpan.FromSeconds(29));
        var second = await cache.GetOrFetchAsync(Key, FetchAsync);

        Assert.Same(first, second);
        Assert.Equal(1, _fetches);
        Assert.Equal(1, cache.FetchCount);
    }

    [Fact]
    public async Task GetOrFetch_AfterTtl_FetchesAgain()
    {
        var cache = new RangeQueryCache(_time, TimeSpan.FromSeconds(30), 16);

        await cache.GetOrFetchAsync(Key, FetchAsync);
        _time.Advance(TimeSpan.FromSeconds(30));
        await cache.GetOrFetchAsync(Key, FetchAsync);

        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task GetOrFetch_Failure_NotCached()
    {
        var cache = new RangeQueryCache(_time, TimeSpan.FromMinutes(5), 16);

        await Assert.ThrowsAsync<UpstreamException>(() => cache.GetOrFetchAsync(Key, FailAsync));
        var result = await cache.GetOrFetchAsync(Key, FetchAsync);

        Assert.Empty(result.Series);
        Assert.Equal(2, cache.FetchCount);
    }

    [Fact]
    public async Task GetOrFetch_OverCapacity_KeepsAtMostCapacityEntries()
    {
        var cache = new RangeQueryCache(_time, TimeSpan.FromMinutes(5), 2);

        for (var i = 0; i < 4; i++)
        {
            await cache.GetOrFetchAsync(Key with { Query = $"q{i}" }, FetchAsync);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await cache.GetOrFetchAsync(Key with { Query = "q3" }, FetchAsync);
        await cache.GetOrFetchAsync(Key with { Query = "q0" }, FetchAsync);

        Assert.Equal(5, _fetches);
    }

    private Task<RangeQueryResult> FetchAsync()
    {
        Interlocked.Increment(ref _fetches);
        return Task.FromResult(new RangeQueryResult([], []));
    }

    private static Task<RangeQueryResult> FailAsync() =>
        Task.FromException<RangeQueryResult>(new UpstreamException("prometheus", UpstreamFailure.Unavailable, true, "down"));
}
