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

    public static VerdictPolicy WithThreshold(double threshold) =>
        new(new AttributionPolicyOptions { ConfidenceThreshold = threshold });

    /// <summary>The same threshold without the physics rails, for a model that was never shown the physics.</summary>
    public VerdictPolicy WithoutRails() => new(options.WithoutRails());

    public (AttributionClass Class, double Confidence, string? Reason) Decide(
        IReadOnlyDictionary<AttributionClass, double> probabilities,
        FeatureVector features)
    {
        var decision = _policy.Decide(probabilities, features, EvidenceQuality.Full);
        return (decision.Class, decision.Confidence, decision.Notes.Count > 0 ? string.Join("; ", decision.Notes) : null);
    }
}
