using System.Globalization;
using Caaa.Core.Context;
using Caaa.Integrations.Context;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// One parsed iCalendar feed. Recurrence (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) is expanded by
/// Ical.Net; this type decides how a value becomes an instant and repairs what feeds get wrong:
/// an all-day entry with DTEND ≤ DTSTART or no DTEND lasts one day (RFC 5545 §3.6.1).
/// </summary>
internal sealed class IcsFeed
{
    private static readonly EvaluationOptions _evaluation = new() { MaxUnmatchedIncrementsLimit = 10_000 };

    private readonly Calendar _calendar;
    private readonly IcsMapping _mapping;
    private readonly Lock _gate = new();

    private IcsFeed(
        Calendar calendar,
        IcsMapping mapping,
        IReadOnlyList<CalendarIssue> issues,
        IReadOnlyList<string> notes)
    {
        _calendar = calendar;
        _mapping = mapping;
        Issues = issues;
        Notes = notes;
    }

    /// <summary>Entries left out because they could not be placed in time.</summary>
    public IReadOnlyList<CalendarIssue> Issues { get; }

    /// <summary>Fallbacks taken while reading (a VTIMEZONE resolved by name instead of by its rules).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <exception cref="UpstreamException">The text is not an iCalendar feed (reason InvalidResponse).</exception>
    public static IcsFeed Parse(string text, IcsMapping mapping)
    {
        try
        {
            var normalized = IcsTextNormalizer.Normalize(text);
            var calendar = Calendar.Load(normalized.Text)
                ?? throw Invalid(mapping, "the answer holds no VCALENDAR.");
            var issues = normalized.Issues.Concat(RemoveUnplaceable(calendar, mapping)).ToList();
            return new IcsFeed(calendar, mapping, issues, normalized.Notes);
        }
        catch (Exception exception) when (exception is not UpstreamException and not OutOfMemoryException)
        {
            throw Invalid(mapping, $"not a readable iCalendar feed: {exception.Message}", exception);
        }
    }

    /// <summary>The occurrences overlapping [from, to), at most <see cref="IcsMapping.MaxOccurrences"/>.</summary>
    public IReadOnlyList<ContextEvent> Expand(DateTimeOffset from, DateTimeOffset to)
    {
        // A day of margin: floating and all-day values are compared by Ical.Net before they are placed
        // in the configured zone, and no zone is more than 14 hours from UTC.
        var start = new CalDateTime(from.UtcDateTime.AddDays(-1), CalDateTime.UtcTzId);
        var end = new CalDateTime(to.UtcDateTime.AddDays(1), CalDateTime.UtcTzId);
        lock (_gate)
        {
            try
            {
                return [.. _calendar.GetOccurrences<CalendarEvent>(start, _evaluation)
                    .TakeWhileBefore(end)
                    .Select(ToContextEvent)
                    .Where(e => ContextWindow.Overlaps(e, from, to))
                    .Take(_mapping.MaxOccurrences)];
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw Invalid(_mapping, $"recurrence could not be expanded: {exception.Message}", exception);
            }
        }
    }

    /// <summary>
    /// Tries each entry on its own and removes the ones Ical.Net cannot evaluate, so one broken entry
    /// does not take the whole feed down. Sub-hourly rules are refused: walking them from a DTSTART
    /// years back costs millions of steps, and no business event repeats every minute.
    /// </summary>
    private static List<CalendarIssue> RemoveUnplaceable(Calendar calendar, IcsMapping mapping)
    {
        var issues = new List<CalendarIssue>();
        foreach (var entry in calendar.Events.ToList())
        {
            if (!TryMultiplier(entry, mapping.MultiplierProperty, out _))
            {
                issues.Add(new CalendarIssue(
                    entry.Uid,
                    entry.Summary,
                    $"{mapping.MultiplierProperty} is not a positive number; the entry is kept without it."));
            }

            var reason = Probe(entry);
            if (reason is not null)
            {
                issues.Add(new CalendarIssue(entry.Uid, entry.Summary, reason));
                calendar.Events.Remove(entry);
            }
        }

        return issues;
    }

    private static string? Probe(CalendarEvent entry)
    {
        if (entry.DtStart is null)
        {
            return "no DTSTART.";
        }

        if (entry.RecurrenceRule?.Frequency is FrequencyType.Secondly or FrequencyType.Minutely)
        {
            return $"RRULE FREQ={entry.RecurrenceRule.Frequency.ToString().ToUpperInvariant()} is not supported.";
        }

        try
        {
            _ = entry.GetOccurrences(entry.DtStart, _evaluation)
                .Take(2)
                .Select(o => o.Period.EffectiveEndTime)
                .ToList();
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"cannot be evaluated: {exception.Message}";
        }
    }

    private ContextEvent ToContextEvent(Occurrence occurrence)
    {
        var entry = (CalendarEvent)occurrence.Source;
        var period = occurrence.Period;
        var start = ToInstant(period.StartTime);
        var end = period.EffectiveEndTime is { } endTime ? ToInstant(endTime) : start;
        if (!period.StartTime.HasTime && end <= start)
        {
            end = ToInstant(new CalDateTime(period.StartTime.Date.AddDays(1)));
        }

        return new ContextEvent(
            ContextEventKind.Calendar,
            entry.Summary ?? entry.Uid ?? "(untitled calendar entry)",
            start,
            end < start ? start : end,
            Services(entry),
            _mapping.SourceName,
            Multiplier(entry));
    }

    private DateTimeOffset ToInstant(CalDateTime value)
    {
        if (!value.IsFloating)
        {
            return new DateTimeOffset(value.AsUtc, TimeSpan.Zero);
        }

        var local = LocalDateTime.FromDateTime(value.Value);
        return _mapping.FloatingZone.AtLeniently(local).ToDateTimeOffset().ToUniversalTime();
    }

    private List<string> Services(CalendarEvent entry)
    {
        var raw = string.Equals(_mapping.ServicesProperty, "CATEGORIES", StringComparison.OrdinalIgnoreCase)
            ? entry.Categories
            : entry.Properties
                .Where(p => string.Equals(p.Name, _mapping.ServicesProperty, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Value?.ToString() ?? string.Empty);
        return [.. raw
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A multiplier that is not a positive finite number is ignored (reported as an issue at load).</summary>
    private double? Multiplier(CalendarEvent entry) =>
        TryMultiplier(entry, _mapping.MultiplierProperty, out var value) ? value : null;

    private static bool TryMultiplier(CalendarEvent entry, string property, out double? value)
    {
        value = null;
        var text = entry.Properties[property]?.Value?.ToString();
        if (text is null)
        {
            return true;
        }

        var ok = double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed) && parsed > 0;
        value = ok ? parsed : null;
        return ok;
    }

    private static UpstreamException Invalid(IcsMapping mapping, string detail, Exception? inner = null) =>
        UpstreamErrors.Invalid(ContextUpstreams.Calendar, mapping.SourceName, detail, inner);
}
