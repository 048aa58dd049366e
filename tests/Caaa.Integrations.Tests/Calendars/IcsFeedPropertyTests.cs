using Caaa.Integrations.Calendars;
using Caaa.Integrations.Tests.Context;
using CsCheck;
using NodaTime;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

/// <summary>Whatever text a feed serves, reading it ends in events or in InvalidResponse — nothing else.</summary>
public sealed class IcsFeedPropertyTests
{
    private static readonly IcsMapping _mapping = new(
        "property-test", "X-CAAA-SERVICES", "X-CAAA-LOAD-MULTIPLIER", DateTimeZone.Utc, 1000);

    private static readonly string[] _seeds =
        [.. new[] { "C25.ics", "C26.ics", "C29.ics" }.Select(f => File.ReadAllText(ContextTestFiles.Case(f)))];

    private static readonly string[] _vocabulary =
    [
        "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "VERSION:2.0", "UID:x@example.test",
        "SUMMARY:s", "DTSTART:20260301T090000Z", "DTSTART:20260301", "DTSTART;VALUE=DATE:2026", "DTEND:20250101",
        "DTSTART;TZID=W. Europe Standard Time:20260520T093000", "DTSTART;TZID=\"Nowhere/Zone\":20260520T093000",
        "DURATION:-P1D", "DURATION:PT1H", "RRULE:FREQ=DAILY", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "RRULE:FREQ=HOURLY;INTERVAL=0", "RRULE:FREQ=WEEKLY;BYDAY=XX", "RRULE:FREQ=MONTHLY;COUNT=-1",
        "RRULE:FREQ=DAILY;UNTIL=20260310", "EXDATE;TZID=Nowhere/Zone:20260302T090000",
        "EXDATE:20260302T090000Z,garbage", "RDATE;VALUE=PERIOD:20260305T000000Z/PT2H",
        "RECURRENCE-ID:20260302T090000Z", "X-CAAA-LOAD-MULTIPLIER:NaN", "X-CAAA-SERVICES:,,a,",
        "BEGIN:VTIMEZONE", "TZID:Customized", "BEGIN:STANDARD", "TZOFFSETTO:+9999", "TZOFFSETFROM:-0800",
        "DTSTART:16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=9SU;BYMONTH=13", "END:STANDARD", "END:VTIMEZONE",
        " folded continuation", "BEGIN:VALARM", "END:VALARM", ":", ";", string.Empty,
    ];

    [Fact]
    public void Parse_ArbitraryText_OnlyEverFailsWithInvalidResponse()
    {
        Gen.String.Sample(ReadOrInvalid, iter: 300);
    }

    [Fact]
    public void Parse_ShuffledCalendarLines_OnlyEverFailsWithInvalidResponse()
    {
        Gen.OneOfConst(_vocabulary).Array[0, 40]
            .Select(lines => string.Join("\r\n", lines))
            .Sample(ReadOrInvalid, iter: 500);
    }

    [Fact]
    public void Parse_MutatedCaseFiles_OnlyEverFailsWithInvalidResponse()
    {
        Gen.Select(Gen.Int[0, _seeds.Length - 1], Gen.Int[0, 100_000], Gen.Int[0, 100_000], Gen.Char)
            .Select(t => Mutate(_seeds[t.Item1], t.Item2, t.Item3, t.Item4))
            .Sample(ReadOrInvalid, iter: 500);
    }

    private static void ReadOrInvalid(string text)
    {
        try
        {
            var feed = IcsFeed.Parse(text, _mapping);
            _ = feed.Expand(Utc("2026-01-01T00:00:00Z"), Utc("2026-12-31T00:00:00Z"));
        }
        catch (UpstreamException exception) when (exception.Reason == UpstreamFailure.InvalidResponse)
        {
            // The one allowed failure.
        }
    }

    private static string Mutate(string seed, int lineIndex, int charIndex, char replacement)
    {
        var lines = seed.Split("\r\n").ToList();
        var line = lineIndex % lines.Count;
        switch (charIndex % 3)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[(line + charIndex) % lines.Count]);
                break;
            default:
                var chars = lines[line].ToCharArray();
                if (chars.Length > 0)
                {
                    chars[charIndex % chars.Length] = replacement;
                }

                lines[line] = new string(chars);
                break;
        }

        return string.Join("\r\n", lines);
    }
}
