using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;

namespace Caaa.Cli.Replay;

/// <summary>
/// An incident prepared for replay: moved in time so that its last sample lands just before "now"
/// (Alertmanager silences and calendar events must lie in the present to mean anything), with the
/// labels its alert will carry.
/// </summary>
/// <param name="Scope">A short prefix that keeps this case's services apart from every other case's,
/// since all cases are replayed over the same minutes and events apply by service.</param>
internal sealed record ReplayCase(Incident Incident, TimeSpan Shift, string Scope)
{
    public const string AlertName = "CaaaReplayIncident";

    public AttributionClass Truth => Incident.Label ?? AttributionClass.Unknown;

    public DateTimeOffset StartsAt => Incident.Onset + Shift;

    public bool Announced => Incident.Context.Calendar.Any(e => e.Covers(Incident.Onset));

    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alertname"] = AlertName,
        [OpenMetricsWriter.ScopeLabel] = Incident.Id,
        ["system"] = Incident.System,
        ["service"] = Scoped(Incident.RootService ?? EntryService(Incident)),
        ["severity"] = "warning",
    };

    public string Kind => KindOf(Incident);

    public IEnumerable<ContextEvent> ShiftedEvents => Incident.Context.Events.Select(e => e with
    {
        Start = e.Start + Shift,
        End = e.End + Shift,
        Services = (e.Services.Count == 0 ? Incident.Frame.Services : e.Services).Select(Scoped).ToArray(),
    });

    public string Scoped(string service) => $"{Scope}/{service}";

    /// <summary>The alert to post to Alertmanager for this case, firing until <paramref name="endsAt"/>.</summary>
    public ReplayAlert Alert(DateTimeOffset endsAt) => new(
        Labels,
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary"] = $"Replayed {Kind} case {Incident.Id}",
        },
        StartsAt,
        endsAt);

    /// <summary>The case's kind for reports: fault, fault_under_load, announced_surge or unannounced_surge.</summary>
    public static string KindOf(Incident incident)
    {
        if (incident.Label == AttributionClass.Fault)
        {
            return incident.Id.Contains("-ful-", StringComparison.Ordinal) ? "fault_under_load" : "fault";
        }

        return incident.Context.Calendar.Any(e => e.Covers(incident.Onset)) ? "announced_surge" : "unannounced_surge";
    }

    private static string EntryService(Incident incident) =>
        incident.Frame.Series(Core.Metrics.Signal.Load)
            .OrderByDescending(s => s.Values.Where(double.IsFinite).DefaultIfEmpty(0).Average())
            .Select(s => s.Service)
            .FirstOrDefault() ?? (incident.Frame.Services.Count > 0 ? incident.Frame.Services[0] : "unknown");
}
