namespace Caaa.Integrations.Calendars;

/// <summary>
/// An event written in the configuration (<c>ContextSources:StaticEvents[i]</c>), optionally repeating.
/// Example: a nightly batch <c>{ Name: "nightly export", Start: "2026-01-05T02:00:00", TimeZone:
/// "Europe/Berlin", Duration: "01:30:00", Recurrence: "FREQ=DAILY", Services: ["exporter"] }</c>.
/// </summary>
internal sealed class StaticEventOptions
{
    /// <summary>Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// First start, ISO 8601 (<c>2026-01-05T02:00:00</c>). Without an offset it is a wall-clock time in
    /// <see cref="TimeZone"/>; with <c>Z</c> or an offset it is an exact instant. Required.
    /// </summary>
    public string? Start { get; set; }

    /// <summary>How long each occurrence lasts. Default value: 1 hour.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// An RFC 5545 RRULE value such as <c>FREQ=WEEKLY;BYDAY=SA,SU</c> (expanded by Ical.Net, in
    /// <see cref="TimeZone"/>, so 07:00 stays 07:00 across DST). Default value: none (happens once).
    /// </summary>
    public string? Recurrence { get; set; }

    /// <summary>IANA or Windows zone of <see cref="Start"/> and the recurrence. Default value: <c>UTC</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Services affected; empty means every service. Default value: empty.</summary>
    public List<string> Services { get; set; } = [];

    /// <summary>Announced load multiplier. Default value: none.</summary>
    public double? ExpectedLoadMultiplier { get; set; }

    public IEnumerable<string> Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{key}:Name is required.";
        }

        if (StaticEventStart.TryParse(Start) is null)
        {
            yield return $"{key}:Start '{Start}' is not an ISO 8601 date and time.";
        }

        if (Services.Any(s => s.IndexOfAny([',', ';', '\r', '\n']) >= 0))
        {
            yield return $"{key}:Services must not contain ',', ';' or line breaks.";
        }

        if (Duration < TimeSpan.Zero)
        {
            yield return $"{key}:Duration must not be negative.";
        }

        if (IcsTimeZoneRegistry.ResolveByName(TimeZone) is null)
        {
            yield return $"{key}:TimeZone '{TimeZone}' is not an IANA or Windows time zone id.";
        }

        if (Recurrence is not null && Recurrence.IndexOfAny(['\r', '\n', ':']) >= 0)
        {
            yield return $"{key}:Recurrence must be one RRULE value such as FREQ=WEEKLY;BYDAY=MO.";
        }

        if (ExpectedLoadMultiplier is { } m && !(double.IsFinite(m) && m > 0))
        {
            yield return $"{key}:ExpectedLoadMultiplier must be a positive number.";
        }
    }
}
