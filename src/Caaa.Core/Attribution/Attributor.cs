using Caaa.Core.Features;
using Caaa.Core.Incidents;

namespace Caaa.Core.Attribution;

/// <summary>Features → model → policy → an explained <see cref="Attribution"/>. Thread-safe.</summary>
internal sealed class Attributor(AttributionModel model, AttributionPolicy policy, FeatureExtractor extractor)
{
    public Attributor(AttributionModel model, AttributionPolicyOptions options)
        : this(model, new AttributionPolicy(options), new FeatureExtractor())
    {
    }

    public AttributionOutcome Attribute(Incident incident, EvidenceQuality quality)
    {
        var evidence = extractor.ExtractWithEvidence(incident);
        var probabilities = model.Predict(evidence.Features);
        var decision = policy.Decide(probabilities, evidence.Features, Complete(quality, incident));

        var reasons = AttributionReasons.Describe(evidence);
        reasons.AddRange(decision.Notes);
        var attribution = new Attribution(decision.Class, decision.Confidence, probabilities, reasons);
        return new AttributionOutcome(attribution, evidence.Features, evidence.Score);
    }

    /// <summary>The evidence stage's own account, plus what the incident itself shows.</summary>
    private static EvidenceQuality Complete(EvidenceQuality quality, Incident incident) => quality with
    {
        MetricsMissing = quality.MetricsMissing || incident.Frame.Length == 0 || incident.Frame.SeriesCount == 0,
        ContextIncomplete = quality.ContextIncomplete || !incident.Context.Complete,
        RequestRateUnmeasured = quality.RequestRateUnmeasured || !EvidenceQuality.RequestRateMeasured(incident.Frame),
    };
}
