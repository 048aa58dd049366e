using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;

namespace Caaa.Learning.Evaluation;

/// <summary>Turns labelled incidents into evaluation cases with the same feature code the sidecar runs.</summary>
internal static class EvaluationCaseBuilder
{
    public static IReadOnlyList<EvaluationCase> Build(IReadOnlyList<Incident> incidents, IProgress<int>? progress = null)
    {
        var extractor = new FeatureExtractor();
        var cases = new EvaluationCase[incidents.Count];
        for (var i = 0; i < incidents.Count; i++)
        {
            cases[i] = Build(incidents[i], extractor);
            progress?.Report(i + 1);
        }

        return cases;
    }

    private static EvaluationCase Build(Incident incident, FeatureExtractor extractor)
    {
        if (incident.Label is not (AttributionClass.Fault or AttributionClass.ExpectedLoad) || incident.Label is not { } truth)
        {
            throw new ArgumentException(
                $"Incident '{incident.Id}' has no FAULT or EXPECTED_LOAD label; only labelled cases can be evaluated.",
                nameof(incident));
        }

        return new EvaluationCase(
            incident.Id,
            incident.System,
            incident.Group,
            truth,
            extractor.Extract(incident),
            incident.Context,
            incident.Onset,
            incident.Origin ?? incident.Id)
        {
            Shape = CaseShape.Of(incident),
            RequestRateMeasured = EvidenceQuality.RequestRateMeasured(incident.Frame),
        };
    }
}
