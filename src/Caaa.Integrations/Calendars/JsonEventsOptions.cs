namespace Caaa.Integrations.Calendars;

/// <summary>
/// A JSON events API (<c>ContextSources:JsonEvents[i]</c>). CAAA calls <c>GET {Url}?from=…&amp;to=…</c>
/// (RFC 3339, UTC) and expects an array of <see cref="JsonEventDto"/>.
/// </summary>
internal sealed class JsonEventsOptions
{
    /// <summary>Short name for logs, metrics and the events' <c>Source</c>. Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The endpoint, absolute http(s). Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>File holding a bearer token, read on every call. Default value: none.</summary>
    public string? BearerTokenFile { get; set; }

    public IEnumerable<string> Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{key}:Name is required.";
        }

        if (Url is null || !Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https"))
        {
            yield return $"{key}:Url must be an absolute http(s) address.";
        }
    }
}
