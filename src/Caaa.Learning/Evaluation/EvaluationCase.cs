using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>One labelled incident as the evaluation sees it: where it came from, its truth and its features.</summary>
/// <param name="Group">Cases derived from the same stretch of real data share a group and a side of every split.</param>
/// <param name="Origin">How the case was made (dataset file, fault type, synthetic surge), for reports.</param>
internal sealed record EvaluationCase(
    string Id,
    string System,
    string Group,
    AttributionClass Truth,
    FeatureVector Features,
    IncidentContext Context,
    DateTimeOffset Onset,
    string Origin)
{
    /// <summary>How the case's frame was cut; null for cases not built from an incident.</summary>
    public CaseShape? Shape { get; init; }

    /// <summary>Whether the case's frame reports a request rate (see <see cref="EvidenceQuality"/>).</summary>
    public bool RequestRateMeasured { get; init; } = true;
}
