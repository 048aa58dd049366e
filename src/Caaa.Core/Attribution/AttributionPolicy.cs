using System.Globalization;
using Caaa.Core.Features;

namespace Caaa.Core.Attribution;

/// <summary>
/// The rules between the model and the world. The model only weighs FAULT against EXPECTED_LOAD;
/// the policy says UNKNOWN whenever the evidence cannot carry a verdict, and never lets weak or
/// partial evidence call something load (a hidden fault is the worst outcome).
/// </summary>
internal sealed class AttributionPolicy(AttributionPolicyOptions options)
{
    private static readonly int LoadRatioIndex = FeatureNames.IndexOf("load_ratio");

    public PolicyDecision Decide(
        IReadOnlyDictionary<AttributionClass, double> probabilities,
        FeatureVector features,
        EvidenceQuality quality)
    {
        if (quality.MetricsMissing)
        {
            return new PolicyDecision(AttributionClass.Unknown, 0, ["metrics missing: no attribution possible"]);
        }

        var notes = new List<string>();
        var (winner, confidence) = Winner(probabilities);
        if (quality.ContextIncomplete)
        {
            confidence *= options.IncompleteContextFactor;
            notes.Add(Text($"context incomplete: confidence ×{options.IncompleteContextFactor:0.##}"));
        }

        var withheld = Withhold(winner, confidence, features, quality);
        if (withheld is not null)
        {
            notes.Add(withheld);
            return new PolicyDecision(AttributionClass.Unknown, confidence, notes);
        }

        return new PolicyDecision(winner, confidence, notes);
    }

    /// <summary>The reason to answer UNKNOWN instead of <paramref name="winner"/>, or null to let it stand.</summary>
    private string? Withhold(
        AttributionClass winner,
        double confidence,
        FeatureVector features,
        EvidenceQuality quality)
    {
        if (quality.MetricsPartial && winner != AttributionClass.Fault)
        {
            return "metrics partial: only a FAULT verdict can stand on partial evidence";
        }

        var loadRatio = features.Values[LoadRatioIndex];
        if (winner == AttributionClass.ExpectedLoad && loadRatio < options.MinimumLoadRatio)
        {
            return Text(
                $"load did not rise (×{loadRatio:0.00} < ×{options.MinimumLoadRatio:0.00}): not calling it load");
        }

        return confidence < options.ConfidenceThreshold
            ? Text($"confidence {confidence:0.00} below threshold {options.ConfidenceThreshold:0.00}")
            : null;
    }

    /// <summary>The most probable class; FAULT wins a tie.</summary>
    private static (AttributionClass Class, double Probability) Winner(
        IReadOnlyDictionary<AttributionClass, double> probabilities)
    {
        var fault = probabilities.GetValueOrDefault(AttributionClass.Fault);
        var load = probabilities.GetValueOrDefault(AttributionClass.ExpectedLoad);
        return load > fault ? (AttributionClass.ExpectedLoad, load) : (AttributionClass.Fault, fault);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
