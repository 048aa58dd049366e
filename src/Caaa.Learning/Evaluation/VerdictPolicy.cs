using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// Core's <see cref="AttributionPolicy"/> on full evidence: what the sidecar would answer for a case
/// (UNKNOWN below the confidence threshold, never EXPECTED_LOAD against the physics rails).
/// </summary>
internal sealed class VerdictPolicy(AttributionPolicyOptions options)
{
    private readonly AttributionPolicy _policy = new(options);

    public double ConfidenceThreshold => options.ConfidenceThreshold;

    /// <summary>The default rails with this threshold, fault margin (0: none) and no-surge rule.</summary>
    public static VerdictPolicy With(double threshold, double faultMargin, bool faultWithoutSurge = true) =>
        new(new AttributionPolicyOptions
        {
            ConfidenceThreshold = threshold,
            FaultMargin = faultMargin,
            FaultWithoutSurge = faultWithoutSurge,
        });

    /// <summary>The same threshold without the physics rails, for a model that was never shown the physics.</summary>
    public VerdictPolicy WithoutRails() => new(options.WithoutRails());

    /// <summary>
    /// The class, confidence, the policy's notes joined as one reason, and the rule that set the class when the
    /// policy did (<see cref="PolicyDecision.Rule"/>).
    /// </summary>
    public (AttributionClass Class, double Confidence, string? Reason, string? Rule) Decide(
        IReadOnlyDictionary<AttributionClass, double> probabilities,
        FeatureVector features,
        bool requestRateMeasured = true)
    {
        var decision = _policy.Decide(probabilities, features,
            new EvidenceQuality(RequestRateUnmeasured: !requestRateMeasured));
        return (decision.Class, decision.Confidence,
            decision.Notes.Count > 0 ? string.Join("; ", decision.Notes) : null, decision.Rule);
    }
}
