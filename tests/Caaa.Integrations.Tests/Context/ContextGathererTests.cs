using Caaa.Integrations.Context;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Caaa.Integrations.Tests.Context.ContextTestEvents;

namespace Caaa.Integrations.Tests.Context;

public sealed class ContextGathererTests
{
    private readonly FakeTimeProvider _time = new(At("2026-03-01T12:00:00Z"));
    private readonly RecordingObserver _observer = new();
    private readonly ContextGathererOptions _options = new()
    {
        Lookback = TimeSpan.FromHours(2),
        Lookahead = TimeSpan.FromMinutes(30),
        Timeout = TimeSpan.FromSeconds(15),
    };

    [Fact]
    public async Task GatherAsync_OneFailingOneHangingSource_ReturnsGoodEventsIncomplete()
    {
        var good = StubContextSource.Returning("calendar-a", Sale());
        var failing = StubContextSource.Failing("github", new HttpRequestException("503"));
        var hanging = StubContextSource.Hanging("argocd");
        var sut = CreateSut(good, failing, hanging);

        var gathering = sut.GatherAsync(At("2026-03-01T11:00:00Z"), default);
        _time.Advance(_options.Timeout);
        var context = await gathering;

        Assert.False(context.Complete);
        Assert.Equal("Flash sale", Assert.Single(context.Events).Name);
        Assert.Equal(
            [("argocd", UpstreamFailure.Timeout), ("github", UpstreamFailure.Unavailable)],
            _observer.Failures.Order());
    }

    [Fact]
    public async Task GatherAsync_AllAnswer_IsCompleteAndAsksTheIncidentWindow()
    {
        DateTimeOffset? askedFrom = null;
        DateTimeOffset? askedTo = null;
        var source = new StubContextSource("calendar-a", (from, to) =>
        {
            (askedFrom, askedTo) = (from, to);
            return Task.FromResult<IReadOnlyList<Caaa.Core.Context.ContextEvent>>([Sale()]);
        });
        var sut = CreateSut(source);

        var context = await sut.GatherAsync(At("2026-03-01T11:00:00Z"), default);

        Assert.True(context.Complete);
        Assert.Equal(At("2026-03-01T09:00:00Z"), askedFrom);
        Assert.Equal(At("2026-03-01T11:30:00Z"), askedTo);
        Assert.Empty(_observer.Failures);
    }

    [Fact]
    public async Task GatherAsync_SameEventFromTwoSources_KeepsOne()
    {
        var first = StubContextSource.Returning("calendar-a", Sale(source: "calendar-a"), Deploy());
        var second = StubContextSource.Returning("calendar-b", Sale(source: "calendar-b"));
        var sut = CreateSut(first, second);

        var context = await sut.GatherAsync(At("2026-03-01T11:00:00Z"), default);

        Assert.Equal(["Flash sale", "deploy cartservice 4e1c0a9"], context.Events.Select(e => e.Name));
    }

    [Fact]
    public async Task GatherAsync_SourceThrowsSynchronously_IsReportedNotThrown()
    {
        var broken = new StubContextSource("broken", (_, _) => throw new InvalidOperationException("bug"));
        var sut = CreateSut(broken, StubContextSource.Returning("calendar-a", Sale()));

        var context = await sut.GatherAsync(At("2026-03-01T11:00:00Z"), default);

        Assert.False(context.Complete);
        Assert.Single(context.Events);
        Assert.Equal([("broken", UpstreamFailure.Unavailable)], _observer.Failures);
    }

    [Fact]
    public async Task GatherAsync_CallerCancels_Throws()
    {
        var sut = CreateSut(StubContextSource.Hanging("argocd"));
        using var cancel = new CancellationTokenSource();

        var gathering = sut.GatherAsync(At("2026-03-01T11:00:00Z"), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gathering);
    }

    private ContextGatherer CreateSut(params IContextSource[] sources) =>
        new(sources, _options, _time, NullLogger<ContextGatherer>.Instance, _observer);

    private sealed class RecordingObserver : IContextFailureObserver
    {
        public List<(string Source, UpstreamFailure Reason)> Failures { get; } = [];

        public void OnSourceFailed(string sourceName, UpstreamException failure)
        {
            lock (Failures)
            {
                Failures.Add((sourceName, failure.Reason));
            }
        }
    }
}
