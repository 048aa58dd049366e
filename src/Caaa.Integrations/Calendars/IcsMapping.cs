using NodaTime;

namespace Caaa.Integrations.Calendars;

/// <summary>How iCalendar entries become context events (derived from <see cref="IcsCalendarOptions"/>).</summary>
/// <param name="SourceName">The <c>Source</c> of every event.</param>
/// <param name="ServicesProperty">Property listing the services, comma-separated; <c>CATEGORIES</c> works too.</param>
/// <param name="MultiplierProperty">Property holding the announced load multiplier.</param>
/// <param name="FloatingZone">Where all-day dates and times without TZID are placed.</param>
/// <param name="MaxOccurrences">Occurrences returned per query at most.</param>
internal sealed record IcsMapping(
    string SourceName,
    string ServicesProperty,
    string MultiplierProperty,
    DateTimeZone FloatingZone,
    int MaxOccurrences);
