using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// Builds a <see cref="TimeZoneInfo"/> from an in-file VTIMEZONE. Ical.Net 5 ignores VTIMEZONE bodies and
/// resolves TZIDs by name only, which breaks Outlook's "Customized Time Zone" and similar private ids.
/// Supported: the latest STANDARD and DAYLIGHT observances, each fixed or yearly with one BYMONTH and
/// one BYDAY (1..4 or -1) or one BYMONTHDAY — the shape Exchange, Outlook and Google emit.
/// Anything else returns null and the caller falls back to resolving the TZID by name.
/// </summary>
internal static class VTimeZoneConverter
{
    public static TimeZoneInfo? TryConvert(VTimeZone vTimeZone, string customId)
    {
        var standard = Latest(vTimeZone, Components.Standard);
        var daylight = Latest(vTimeZone, Components.Daylight);
        if (standard?.OffsetTo is null)
        {
            return null;
        }

        var baseOffset = standard.OffsetTo.Offset;
        if (daylight?.OffsetTo is null || daylight.OffsetTo.Offset == baseOffset)
        {
            return TimeZoneInfo.CreateCustomTimeZone(customId, baseOffset, vTimeZone.TzId, vTimeZone.TzId);
        }

        var start = TryTransition(daylight);
        var end = TryTransition(standard);
        if (start is null || end is null)
        {
            return null;
        }

        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            daylight.OffsetTo.Offset - baseOffset,
            start.Value,
            end.Value);
        return TimeZoneInfo.CreateCustomTimeZone(
            customId, baseOffset, vTimeZone.TzId, vTimeZone.TzId, vTimeZone.TzId, [rule]);
    }

    private static VTimeZoneInfo? Latest(VTimeZone vTimeZone, string kind) =>
        vTimeZone.TimeZoneInfos
            .Where(i => string.Equals(i.Name, kind, StringComparison.OrdinalIgnoreCase) && i.DtStart is not null)
            .MaxBy(i => i.DtStart!.Value);

    /// <summary>The observance's yearly onset; its DTSTART wall time is in the offset it changes from.</summary>
    private static TimeZoneInfo.TransitionTime? TryTransition(VTimeZoneInfo observance)
    {
        var pattern = observance.RecurrenceRule;
        if (pattern is null)
        {
            return null;
        }

        var at = observance.DtStart!.Value;
        var timeOfDay = new DateTime(1, 1, 1, at.Hour, at.Minute, at.Second, DateTimeKind.Unspecified);
        if (pattern.Frequency != FrequencyType.Yearly || pattern.ByMonth.Count > 1)
        {
            return null;
        }

        var month = pattern.ByMonth.Count == 1 ? pattern.ByMonth[0] : at.Month;
        if (pattern.ByDay.Count == 1 && pattern.ByMonthDay.Count == 0)
        {
            var week = pattern.ByDay[0].Offset switch
            {
                null => (int?)null,
                -1 => 5,
                >= 1 and <= 4 and var n => n,
                _ => null,
            };
            return week is null
                ? null
                : TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
                    timeOfDay, month, week.Value, pattern.ByDay[0].DayOfWeek);
        }

        var day = pattern.ByMonthDay.Count == 1 ? pattern.ByMonthDay[0] : at.Day;
        return pattern.ByDay.Count == 0 && pattern.ByMonthDay.Count <= 1 && day is >= 1 and <= 31
            ? TimeZoneInfo.TransitionTime.CreateFixedDateRule(timeOfDay, month, day)
            : null;
    }
}
