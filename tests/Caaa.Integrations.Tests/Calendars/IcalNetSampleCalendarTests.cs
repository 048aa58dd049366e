using Caaa.Integrations.Tests.Context;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

/// <summary>Contract tests over the real calendars of Ical.Net's own test suite (read in place).</summary>
public sealed class IcalNetSampleCalendarTests
{
    private const string Samples = "wire-formats/icalendar/ical.net/Ical.Net.Tests/Calendars";

    public static TheoryData<string> AllSamples()
    {
        var data = new TheoryData<string>();
        var root = ContextTestFiles.Data(Samples);
        foreach (var file in Directory.EnumerateFiles(root, "*.ics", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ContextTestFiles.Data(Samples), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public async Task GetEventsAsync_EverySample_ReturnsEventsOrInvalidResponseOnly(string sample)
    {
        using var source = FromFile(Path.Combine(ContextTestFiles.Data(Samples), sample));

        var failure = await Record.ExceptionAsync(
            () => source.GetEventsAsync(Utc("1990-01-01T00:00Z"), Utc("2030-01-01T00:00Z"), default));

        Assert.True(
            failure is null or UpstreamException { Reason: UpstreamFailure.InvalidResponse },
            $"{sample}: {failure}");
    }

    // TimeZone3 writes TZID on DATE values, which RFC 5545 forbids; the date stays floating (UTC here).
    [Theory]
    [InlineData("Serialization/USHolidays.ics", "Veteran's Day", "2010-11-11T00:00:00Z", "2010-11-12T00:00:00Z")]
    [InlineData("Recurrence/Bug2966236.ics", null, "2010-01-19T00:00:00Z", null)]
    [InlineData("Serialization/TimeZone3.ics", "Neujahr", "2010-01-01T00:00:00Z", "2010-01-02T00:00:00Z")]
    public async Task GetEventsAsync_KnownSample_PlacesEntryExactly(
        string sample,
        string? name,
        string start,
        string? end)
    {
        using var source = FromFile(Path.Combine(ContextTestFiles.Data(Samples), sample));

        var events = await source.GetEventsAsync(Utc(start).AddMinutes(-1), Utc(start).AddMinutes(1), default);

        var found = Assert.Single(events, e => e.Start == Utc(start) && (name is null || e.Name == name));
        Assert.True(end is null || found.End == Utc(end), $"end was {found.End:o}");
        Assert.Empty(source.Issues);
    }
}
