using Caaa.Integrations.Tests.Context;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

public sealed class IcsCalendarSourceTests
{
    private const string Header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example.test//tests//EN\r\n";
    private const string Footer = "END:VCALENDAR\r\n";

    [Fact]
    public async Task GetEventsAsync_CustomTzidWithVTimeZone_UsesInFileRules()
    {
        var text = File.ReadAllText(ContextTestFiles.Case("C26.ics")).Replace(
            "Pacific Standard Time", "Customized Time Zone", StringComparison.Ordinal);
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-04-01T00:00:00Z"), Utc("2026-05-01T00:00:00Z"), default);

        Assert.Equal(6, events.Count);
        Assert.All(events, e => Assert.Equal(new TimeSpan(23, 15, 0), e.Start.UtcDateTime.TimeOfDay));
    }

    [Fact]
    public async Task GetEventsAsync_VTimeZoneDisagreesWithItsName_InFileRulesWin()
    {
        var text = File.ReadAllText(ContextTestFiles.Case("C26.ics")).Replace(
            "Pacific Standard Time", "Europe/Berlin", StringComparison.Ordinal);
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-04-14T00:00:00Z"), Utc("2026-04-15T00:00:00Z"), default);

        var first = Assert.Single(events);
        Assert.Equal(Utc("2026-04-14T23:15:00Z"), first.Start);
    }

    [Fact]
    public async Task GetEventsAsync_RecurrenceIdOverride_ReplacesThatOccurrence()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:sale@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Weekly sale\r\n"
            + "DTSTART:20260105T100000Z\r\nDTEND:20260105T120000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:sale@example.test\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:20260112T100000Z\r\n"
            + "SUMMARY:Weekly sale (moved)\r\nDTSTART:20260113T140000Z\r\nDTEND:20260113T180000Z\r\nEND:VEVENT\r\n"
            + Footer;
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-01-01T00:00:00Z"), Utc("2026-02-01T00:00:00Z"), default);

        Assert.Equal(
            [Utc("2026-01-05T10:00Z"), Utc("2026-01-13T14:00Z"), Utc("2026-01-19T10:00Z"), Utc("2026-01-26T10:00Z")],
            events.Select(e => e.Start));
        Assert.Equal("Weekly sale (moved)", events[1].Name);
        Assert.Equal(Utc("2026-01-13T18:00Z"), events[1].End);
    }

    [Fact]
    public async Task GetEventsAsync_ServicesAndMultiplierProperties_AreMapped()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:flash@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Flash sale\r\n"
            + "DTSTART:20260301T090000Z\r\nDTEND:20260301T110000Z\r\nX-CAAA-SERVICES:frontend, cartservice\r\n"
            + "X-CAAA-SERVICES:checkout\r\nX-CAAA-LOAD-MULTIPLIER:3.5\r\nCATEGORIES:marketing\r\nEND:VEVENT\r\n"
            + Footer;
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-03-01T00:00Z"), Utc("2026-03-02T00:00Z"), default);

        var sale = Assert.Single(events);
        Assert.Equal(["frontend", "cartservice", "checkout"], sale.Services);
        Assert.Equal(3.5, sale.ExpectedLoadMultiplier);
        Assert.Equal("test-calendar", sale.Source);
    }

    [Fact]
    public async Task GetEventsAsync_CategoriesAsServices_UsesCategories()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:c@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Campaign\r\n"
            + "DTSTART:20260301T090000Z\r\nDTEND:20260301T110000Z\r\nCATEGORIES:frontend,ads\r\nEND:VEVENT\r\n"
            + Footer;
        using var source = FromText(text, o => o.ServicesProperty = "CATEGORIES");

        var events = await source.GetEventsAsync(Utc("2026-03-01T00:00Z"), Utc("2026-03-02T00:00Z"), default);

        Assert.Equal(["frontend", "ads"], Assert.Single(events).Services);
    }

    [Fact]
    public async Task GetEventsAsync_BadMultiplier_KeepsEntryAndReportsIssue()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:m@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Sale\r\n"
            + "DTSTART:20260301T090000Z\r\nDTEND:20260301T110000Z\r\nX-CAAA-LOAD-MULTIPLIER:lots\r\nEND:VEVENT\r\n"
            + Footer;
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-03-01T00:00Z"), Utc("2026-03-02T00:00Z"), default);

        Assert.Null(Assert.Single(events).ExpectedLoadMultiplier);
        Assert.Contains("X-CAAA-LOAD-MULTIPLIER", Assert.Single(source.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventsAsync_OccurrenceRunningAtWindowStart_IsIncluded()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:long@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Load test\r\n"
            + "DTSTART:20260301T000000Z\r\nDTEND:20260304T000000Z\r\nEND:VEVENT\r\n" + Footer;
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-03-03T10:00Z"), Utc("2026-03-03T12:00Z"), default);

        Assert.Equal("Load test", Assert.Single(events).Name);
    }

    [Fact]
    public async Task GetEventsAsync_MinutelyRule_IsReportedNotExpanded()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:spin@example.test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Every minute\r\n"
            + "DTSTART:19700101T000000Z\r\nDTEND:19700101T000030Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n" + Footer;
        using var source = FromText(text);

        var events = await source.GetEventsAsync(Utc("2026-03-03T10:00Z"), Utc("2026-03-03T12:00Z"), default);

        Assert.Empty(events);
        Assert.Contains("MINUTELY", Assert.Single(source.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventsAsync_NotACalendar_ThrowsInvalidResponse()
    {
        using var source = FromText("<html>502 Bad Gateway</html>");

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(Utc("2026-03-03T10:00Z"), Utc("2026-03-03T12:00Z"), default));

        Assert.Equal(UpstreamFailure.InvalidResponse, failure.Reason);
        Assert.Equal("calendar", failure.Upstream);
    }

    [Fact]
    public async Task GetEventsAsync_MissingFile_ThrowsUnavailable()
    {
        using var source = FromFile(Path.Combine(Path.GetTempPath(), "caaa-no-such-feed.ics"));

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(Utc("2026-03-03T10:00Z"), Utc("2026-03-03T12:00Z"), default));

        Assert.Equal(UpstreamFailure.Unavailable, failure.Reason);
    }
}
