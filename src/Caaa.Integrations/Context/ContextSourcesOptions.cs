using Caaa.Integrations.Calendars;

namespace Caaa.Integrations.Context;

/// <summary>
/// <c>ContextSources</c>: every calendar and deployment source, and how they are cached and waited for.
/// Nothing is configured by default; pushed events are always available.
/// </summary>
internal sealed class ContextSourcesOptions
{
    public const string Section = "ContextSources";

    /// <summary>iCalendar feeds. Default value: none.</summary>
    public List<IcsCalendarOptions> Calendars { get; set; } = [];

    /// <summary>JSON events APIs. Default value: none.</summary>
    public List<JsonEventsOptions> JsonEvents { get; set; } = [];

    /// <summary>Events written in the configuration. Default value: none.</summary>
    public List<StaticEventOptions> StaticEvents { get; set; } = [];

    public DeploymentsOptions Deployments { get; set; } = new();

    /// <summary>Cache and per-call timeout applied to every remote source.</summary>
    public CachedContextOptions Cache { get; set; } = new();

    /// <summary>The window around an incident and the gatherer's overall timeout.</summary>
    public ContextGathererOptions Gatherer { get; set; } = new();

    public InMemoryPushedEventsOptions PushedEvents { get; set; } = new();

    /// <summary>
    /// A PEM or DER file of extra trusted root certificates for every remote calendar, events API and
    /// deployment source (a private CA); host names are still checked. Default value: none.
    /// </summary>
    public string? CaFile { get; set; }

    /// <summary>Every problem, each naming its configuration key.</summary>
    public IEnumerable<string> Validate()
    {
        var problems = Calendars.SelectMany((c, i) => c.Validate($"{Section}:Calendars:{i}"))
            .Concat(JsonEvents.SelectMany((j, i) => j.Validate($"{Section}:JsonEvents:{i}")))
            .Concat(StaticEvents.SelectMany((s, i) => s.Validate($"{Section}:StaticEvents:{i}")))
            .Concat(Deployments.ArgoCd.SelectMany((d, i) => d.Validate($"{Section}:Deployments:ArgoCd:{i}")))
            .Concat(Deployments.GitHub.SelectMany((d, i) => d.Validate($"{Section}:Deployments:GitHub:{i}")))
            .Concat(Deployments.GitLab.SelectMany((d, i) => d.Validate($"{Section}:Deployments:GitLab:{i}")))
            .ToList();

        var names = Calendars.Select(c => c.Name).Concat(JsonEvents.Select(j => j.Name))
            .Concat(Deployments.ArgoCd.Concat(Deployments.GitHub).Concat(Deployments.GitLab).Select(d => d.Name));
        problems.AddRange(names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{Section}: source name '{g.Key}' is used more than once; names must be unique."));

        if (Gatherer.Timeout < Cache.Timeout)
        {
            problems.Add($"{Section}:Gatherer:Timeout must not be shorter than {Section}:Cache:Timeout.");
        }

        if (CaFile is not null && !File.Exists(CaFile))
        {
            problems.Add($"{Section}:{nameof(CaFile)} '{CaFile}' does not exist.");
        }

        return problems;
    }
}
