namespace Caaa.Integrations.Calendars;

/// <summary>An iCalendar text with every TZID made exact, plus what had to be removed and why.</summary>
internal sealed record NormalizedIcs(string Text, IReadOnlyList<CalendarIssue> Issues, IReadOnlyList<string> Notes);
