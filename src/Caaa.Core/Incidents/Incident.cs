using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Metrics;

namespace Caaa.Core.Incidents;

/// <summary>
/// One alert-worthy episode: the metrics around it, the moment it began (alert startsAt or fault
/// injection), what was planned, and — offline — the true class.
/// </summary>
/// <param name="Group">
/// Cases derived from the same stretch of real data share a group; splits keep a group together.
/// </param>
/// <param name="Label">The true class; null online.</param>
/// <param name="Origin">Free text naming the source (file, fault type) for reports.</param>
public sealed record Incident(
    string Id,
    string System,
    string Group,
    DateTimeOffset Onset,
    MetricFrame Frame,
    IncidentContext Context,
    AttributionClass? Label = null,
    string? RootService = null,
    string? Origin = null);
