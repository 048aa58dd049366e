using Caaa.Integrations.Context;
using Microsoft.Extensions.Time.Testing;
using static Caaa.Integrations.Tests.Context.ContextTestEvents;

namespace Caaa.Integrations.Tests.Context;

public sealed class InMemoryPushedEventsTests
{
    private readonly FakeTimeProvider _time = new(At("2026-03-01T12:00:00Z"));

    [Fact]
    public async Task PushedEventsSource_AddedEvents_AreQueriedByWindow()
    {
        var store = new InMemoryPushedEvents(new InMemoryPushedEventsOptions(), _time);
        await store.AddAsync(Sale("2026-03-01T10:00:00Z"), default);
        await store.AddAsync(Deploy("2026-03-01T20:00:00Z"), default);
        await store.AddAsync(Sale("2026-03-01T10:00:00Z"), default);
        var source = new PushedEventsSource(store);

        var events = await source.GetEventsAsync(At("2026-03-01T11:00:00Z"), At("2026-03-01T13:00:00Z"), default);

        Assert.Equal("Flash sale", Assert.Single(events).Name);
    }

    [Fact]
    public async Task AddAsync_OverCapacity_DropsTheEarliest()
    {
        var store = new InMemoryPushedEvents(new InMemoryPushedEventsOptions { Capacity = 2 }, _time);

        await store.AddAsync(Deploy("2026-03-01T09:00:00Z"), default);
        await store.AddAsync(Deploy("2026-03-01T10:00:00Z"), default);
        await store.AddAsync(Deploy("2026-03-01T11:00:00Z"), default);

        var events = await store.QueryAsync(At("2026-03-01T00:00:00Z"), At("2026-03-02T00:00:00Z"), default);
        Assert.Equal([At("2026-03-01T10:00:00Z"), At("2026-03-01T11:00:00Z")], events.Select(e => e.Start));
    }
}
