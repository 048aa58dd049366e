using Caaa.Core.Context;
using Caaa.Integrations.Tests.Context;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

public sealed class IcsCalendarSourceCaseTests
{
    [Fact]
    public async Task C25_ExdateWithTzidAcrossDstChange_ExcludesByWallTimeOnly()
    {
        using var source = FromFile(ContextTestFiles.Case("C25.ics"));

        var events = await source.GetEventsAsync(Utc("2026-10-01T00:00:00Z"), Utc("2026-12-01T00:00:00Z"), default);

        string[] expected =
        [
            "2026-10-19T05:00Z", "2026-10-20T05:00Z", "2026-10-21T05:00Z", "2026-10-23T05:00Z",
            "2026-10-26T06:00Z", "2026-10-27T06:00Z", "2026-10-29T06:00Z", "2026-10-30T06:00Z",
            "2026-11-02T06:00Z", "2026-11-03T06:00Z", "2026-11-04T06:00Z", "2026-11-05T06:00Z",
            "2026-11-06T06:00Z",
        ];
        Assert.Equal(expected.Select(Utc), events.Select(e => e.Start));
        Assert.All(events, e => Assert.Equal(TimeSpan.FromMinutes(30), e.End - e.Start));
        Assert.All(events, e => Assert.Equal("Weekday DB maintenance window", e.Name));
        Assert.Empty(source.Issues);
    }

    [Fact]
    public async Task C26_WindowsTzidWithoutVTimeZone_MapsThroughCldr()
    {
        using var source = FromFile(ContextTestFiles.Case("C26.ics"));

        var events = await source.GetEventsAsync(Utc("2026-05-01T00:00:00Z"), Utc("2026-06-01T00:00:00Z"), default);

        var release = Assert.Single(events);
        Assert.Equal(Utc("2026-05-20T07:30:00Z"), release.Start);
        Assert.Equal(Utc("2026-05-20T08:30:00Z"), release.End);
        Assert.Equal(ContextEventKind.Calendar, release.Kind);
    }

    [Fact]
    public async Task C26_PacificVTimeZoneWithSplitExdates_KeepsSixOccurrences()
    {
        using var source = FromFile(ContextTestFiles.Case("C26.ics"));

        var events = await source.GetEventsAsync(Utc("2026-04-01T00:00:00Z"), Utc("2026-05-01T00:00:00Z"), default);

        string[] expected =
        [
            "2026-04-14T23:15Z", "2026-04-16T23:15Z", "2026-04-18T23:15Z",
            "2026-04-19T23:15Z", "2026-04-21T23:15Z", "2026-04-22T23:15Z",
        ];
        Assert.Equal(expected.Select(Utc), events.Select(e => e.Start));
        Assert.All(events, e => Assert.Equal("Daily batch freeze", e.Name));
    }

    [Fact]
    public async Task C26_UnknownTzidWithoutVTimeZone_IsReportedNotPlacedAsUtc()
    {
        var text = File.ReadAllText(ContextTestFiles.Case("C26.ics")).Replace(
            "W. Europe Standard Time", "PDT", StringComparison.Ordinal);
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-04-01T00:00:00Z"), Utc("2026-06-01T00:00:00Z"), default);

        Assert.DoesNotContain(events, e => e.Name.StartsWith("Release sync", StringComparison.Ordinal));
        Assert.Equal(6, events.Count);
        var issue = Assert.Single(source.Issues);
        Assert.Equal("evt-no-vtimezone@example.test", issue.Uid);
        Assert.Contains("PDT", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task C29_DateOnlyValues_EachLastExactlyOneDay()
    {
        using var source = FromFile(ContextTestFiles.Case("C29.ics"));

        var events = await source.GetEventsAsync(Utc("2026-01-01T00:00:00Z"), Utc("2027-01-01T00:00:00Z"), default);

        Assert.Equal(
            [Utc("2026-04-06T00:00:00Z"), Utc("2026-05-25T00:00:00Z"), Utc("2026-06-01T00:00:00Z")],
            events.Select(e => e.Start));
        Assert.All(events, e => Assert.Equal(TimeSpan.FromDays(1), e.End - e.Start));
    }

    [Fact]
    public async Task C29_AllDayInConfiguredZone_StartsAtLocalMidnight()
    {
        using var source = FromFile(ContextTestFiles.Case("C29.ics"), o => o.FloatingTimeZone = "Europe/Berlin");

        var events = await source.GetEventsAsync(Utc("2026-04-01T00:00:00Z"), Utc("2026-04-30T00:00:00Z"), default);

        var holiday = Assert.Single(events);
        Assert.Equal(Utc("2026-04-05T22:00:00Z"), holiday.Start);
        Assert.Equal(Utc("2026-04-06T22:00:00Z"), holiday.End);
    }
}
