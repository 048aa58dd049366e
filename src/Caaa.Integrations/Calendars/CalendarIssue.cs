namespace Caaa.Integrations.Calendars;

/// <summary>
/// A calendar entry CAAA could not place in time (unknown TZID, broken recurrence, bad field). It is
/// left out of the answer, logged, and kept here so the operator can see exactly what was skipped.
/// </summary>
/// <param name="Uid">The entry's UID, when it had one.</param>
/// <param name="Summary">The entry's SUMMARY, when it had one.</param>
/// <param name="Reason">What was wrong, naming the property or the TZID.</param>
internal sealed record CalendarIssue(string? Uid, string? Summary, string Reason);
