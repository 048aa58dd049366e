using Caaa.Integrations.Context;
using Microsoft.Extensions.Time.Testing;
using static Caaa.Integrations.Tests.Context.ContextTestEvents;

namespace Caaa.Integrations.Tests.Context;

public sealed class CachedContextSourceTests
{
    private readonly FakeTimeProvider _time = new(At("2026-03-01T12:00:00Z"));
    private readonly CachedContextOptions _options = new()
    {
        TimeToLive = TimeSpan.FromMinutes(5),
        BucketSize = TimeSpan.FromMinutes(15),
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task GetEventsAsync_WithinTtl_AsksUpstreamOnce()
    {
        var inner = StubContextSource.Returning("calendar-a", Sale());
        var sut = CreateSut(inner);

        await sut.GetEventsAsync(At("2026-03-01T10:02:00Z"), At("2026-03-01T12:01:00Z"), default);
        _time.Advance(TimeSpan.FromMinutes(4));
        var second = await sut.GetEventsAsync(At("2026-03-01T10:05:00Z"), At("2026-03-01T12:04:00Z"), default);

        Assert.Equal(1, inner.Calls);
        Assert.Single(second);
    }

    [Fact]
    public async Task GetEventsAsync_AfterTtl_AsksUpstreamAgain()
    {
        var inner = StubContextSource.Returning("calendar-a", Sale());
        var sut = CreateSut(inner);

        await sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default);
        _time.Advance(TimeSpan.FromMinutes(5));
        await sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task GetEventsAsync_BucketWiderThanWindow_FiltersToTheAskedWindow()
    {
        var inner = StubContextSource.Returning("mixed", Sale("2026-03-01T10:00:00Z"), Deploy("2026-03-01T11:50:00Z"));
        var sut = CreateSut(inner);

        var events = await sut.GetEventsAsync(At("2026-03-01T11:40:00Z"), At("2026-03-01T11:45:00Z"), default);

        Assert.Equal("Flash sale", Assert.Single(events).Name);
    }

    [Fact]
    public async Task GetEventsAsync_FailureThenSuccess_FailureIsNotCached()
    {
        var calls = 0;
        var inner = new StubContextSource("flaky", (_, _) => ++calls == 1
            ? throw new HttpRequestException("connection refused")
            : Task.FromResult<IReadOnlyList<Caaa.Core.Context.ContextEvent>>([Sale()]));
        var sut = CreateSut(inner);

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default));
        var events = await sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default);

        Assert.Equal(UpstreamFailure.Unavailable, failure.Reason);
        Assert.Equal("deployments", failure.Upstream);
        Assert.Single(events);
    }

    [Fact]
    public async Task GetEventsAsync_UpstreamHangs_ThrowsTimeoutAfterConfiguredTime()
    {
        var sut = CreateSut(StubContextSource.Hanging("slow"));

        var call = sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default);
        _time.Advance(_options.Timeout);
        var failure = await Assert.ThrowsAsync<UpstreamException>(() => call);

        Assert.Equal(UpstreamFailure.Timeout, failure.Reason);
        Assert.True(failure.Retryable);
    }

    [Fact]
    public async Task GetEventsAsync_UnreadableAnswer_ThrowsInvalidResponse()
    {
        var sut = CreateSut(StubContextSource.Failing("broken", new System.Text.Json.JsonException("bad token")));

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => sut.GetEventsAsync(At("2026-03-01T10:00:00Z"), At("2026-03-01T12:00:00Z"), default));

        Assert.Equal(UpstreamFailure.InvalidResponse, failure.Reason);
    }

    private CachedContextSource CreateSut(StubContextSource inner) => new(inner, "deployments", _options, _time);
}
