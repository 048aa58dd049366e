namespace Caaa.Integrations.Calendars;

/// <summary>One iCalendar feed (<c>ContextSources:Calendars[i]</c>): a URL or a file, and how to read it.</summary>
internal sealed class IcsCalendarOptions
{
    /// <summary>Short name for logs, metrics and the events' <c>Source</c>. Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The feed's http(s) address. Set this or <see cref="Path"/>.</summary>
    public Uri? Url { get; set; }

    /// <summary>A local .ics file (for example a mounted ConfigMap). Set this or <see cref="Url"/>.</summary>
    public string? Path { get; set; }

    /// <summary>How long a downloaded feed is reused. Default value: 5 minutes.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest a download may take. Default value: 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>File holding a bearer token for the feed, read on every download. Default value: none.</summary>
    public string? BearerTokenFile { get; set; }

    /// <summary>
    /// Property naming the services an entry affects, comma-separated, possibly repeated; use
    /// <c>CATEGORIES</c> to take the categories. No services means "every service".
    /// Default value: <c>X-CAAA-SERVICES</c>.
    /// </summary>
    public string ServicesProperty { get; set; } = "X-CAAA-SERVICES";

    /// <summary>
    /// Property holding the announced load multiplier (e.g. <c>3.5</c>).
    /// Default value: <c>X-CAAA-LOAD-MULTIPLIER</c>.
    /// </summary>
    public string MultiplierProperty { get; set; } = "X-CAAA-LOAD-MULTIPLIER";

    /// <summary>
    /// Zone (IANA or Windows id) for all-day dates and times written without TZID or Z. Stated here so
    /// that such values are never placed silently. Default value: <c>UTC</c>.
    /// </summary>
    public string FloatingTimeZone { get; set; } = "UTC";

    /// <summary>Occurrences returned per query at most. Default value: 1000.</summary>
    public int MaxOccurrences { get; set; } = 1000;

    /// <summary>The problems of this entry, each naming its key under <paramref name="key"/>.</summary>
    public IEnumerable<string> Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{key}:Name is required.";
        }

        if ((Url is null) == string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{key}: set exactly one of Url and Path.";
        }

        if (Url is not null && (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https")))
        {
            yield return $"{key}:Url must be an absolute http(s) address.";
        }

        if (IcsTimeZoneRegistry.ResolveByName(FloatingTimeZone) is null)
        {
            yield return $"{key}:FloatingTimeZone '{FloatingTimeZone}' is not an IANA or Windows time zone id.";
        }

        if (RefreshInterval <= TimeSpan.Zero || Timeout <= TimeSpan.Zero || MaxOccurrences <= 0)
        {
            yield return $"{key}: RefreshInterval, Timeout and MaxOccurrences must be positive.";
        }
    }
}
