using Caaa.Integrations.Calendars;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

public sealed class StaticEventsSourceTests
{
    [Fact]
    public async Task GetEventsAsync_OneOffEvent_ReturnsItWithServicesAndMultiplier()
    {
        var source = new StaticEventsSource(
        [
            new StaticEventOptions
            {
                Name = "Spring campaign, wave 1",
                Start = "2026-03-10T08:00:00Z",
                Duration = TimeSpan.FromHours(6),
                Services = ["frontend", "adservice"],
                ExpectedLoadMultiplier = 2.5,
            },
        ]);

        var events = await source.GetEventsAsync(Utc("2026-03-10T00:00Z"), Utc("2026-03-11T00:00Z"), default);

        var campaign = Assert.Single(events);
        Assert.Equal("Spring campaign, wave 1", campaign.Name);
        Assert.Equal(Utc("2026-03-10T08:00Z"), campaign.Start);
        Assert.Equal(Utc("2026-03-10T14:00Z"), campaign.End);
        Assert.Equal(["frontend", "adservice"], campaign.Services);
        Assert.Equal(2.5, campaign.ExpectedLoadMultiplier);
        Assert.Equal("static", campaign.Source);
    }

    [Fact]
    public async Task GetEventsAsync_WeeklyRecurrenceInZone_KeepsWallTimeAcrossDst()
    {
        var source = new StaticEventsSource(
        [
            new StaticEventOptions
            {
                Name = "Saturday batch",
                Start = "2026-10-17T07:00:00",
                TimeZone = "Europe/Berlin",
                Recurrence = "FREQ=WEEKLY;COUNT=3",
            },
        ]);

        var events = await source.GetEventsAsync(Utc("2026-10-01T00:00Z"), Utc("2026-12-01T00:00Z"), default);

        Assert.Equal(
            [Utc("2026-10-17T05:00Z"), Utc("2026-10-24T05:00Z"), Utc("2026-10-31T06:00Z")],
            events.Select(e => e.Start));
    }

    [Theory]
    [InlineData("2026-13-40T00:00:00", null, "StaticEvents:0:Start")]
    [InlineData("2026-03-10T08:00:00", "FREQ=SOMETIMES", "StaticEvents:0")]
    [InlineData("2026-03-10T08:00:00", "FREQ=DAILY\r\nSUMMARY:x", "StaticEvents:0:Recurrence")]
    public void Constructor_BadEntry_ThrowsNamingTheKey(string start, string? recurrence, string key)
    {
        var options = new StaticEventOptions { Name = "x", Start = start, Recurrence = recurrence };

        var failure = Assert.Throws<ArgumentException>(() => new StaticEventsSource([options]));

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
