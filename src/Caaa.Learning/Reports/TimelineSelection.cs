using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Reports;

/// <summary>
/// Picks the incidents worth drawing: a fault, an announced surge, a fault under load, an unannounced surge.
/// The first case of each kind in case order, so the same data gives the same pictures.
/// </summary>
internal static class TimelineSelection
{
    private static readonly int LoadRatio = FeatureNames.IndexOf("load_ratio");

    public static IReadOnlyList<(string File, string Title, Incident Incident)> Pick(
        IReadOnlyList<EvaluationCase> cases,
        IReadOnlyList<Incident> incidents)
    {
        var byId = incidents.GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kinds = new (string File, string Title, Func<EvaluationCase, bool> Is)[]
        {
            ("timeline_fault.png", "fault", c => Fault(c) && !Surge(c) && !Announced(c)),
            ("timeline_expected_load.png", "announced surge", c => !Fault(c) && Announced(c)),
            ("timeline_fault_under_load.png", "fault under load", c => Fault(c) && Surge(c)),
            ("timeline_unannounced_load.png", "unannounced surge", c => !Fault(c) && !Announced(c)),
        };

        return kinds
            .Select(k => (k.File, k.Title, Case: cases.FirstOrDefault(c => k.Is(c) && byId.ContainsKey(c.Id))))
            .Where(k => k.Case is not null)
            .Select(k => (k.File, $"{k.Title}: {k.Case!.Id}", byId[k.Case.Id]))
            .ToArray();
    }

    private static bool Fault(EvaluationCase c) => c.Truth == AttributionClass.Fault;

    private static bool Surge(EvaluationCase c) => c.Features.Values[LoadRatio] >= 1.5;

    private static bool Announced(EvaluationCase c) => c.Context.Calendar.Any(e => e.Covers(c.Onset));
}
