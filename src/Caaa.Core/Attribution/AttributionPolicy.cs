using System.Globalization;
using Caaa.Core.Features;

namespace Caaa.Core.Attribution;

/// <summary>
/// The rules between the model and the world. The model only weighs FAULT against EXPECTED_LOAD;
/// the policy says UNKNOWN whenever the evidence cannot carry a verdict, and never lets weak or
/// partial evidence call something load (a hidden fault is the worst outcome). EXPECTED_LOAD must also
/// pass the physics rails: load rose, CPU per request did not jump, errors did not rise, no service's CPU
/// outgrew the requests and no service's latency outgrew its CPU. A rail only ever turns EXPECTED_LOAD into
/// UNKNOWN; evidence far beyond a rail (<see cref="AttributionPolicyOptions.FaultMargin"/>), or an unsure FAULT
/// without any surge (<see cref="AttributionPolicyOptions.FaultWithoutSurge"/>), turns an UNKNOWN into FAULT.
/// </summary>
internal sealed class AttributionPolicy(AttributionPolicyOptions options)
{
    private static readonly int LoadRatioIndex = FeatureNames.IndexOf("load_ratio");
    private static readonly int CostIndex = FeatureNames.IndexOf("cost_per_request_change");
    private static readonly int ErrorIndex = FeatureNames.IndexOf("error_ratio_change");
    private static readonly int CpuRiseIndex = FeatureNames.IndexOf("cpu_rise_unexplained");
    private static readonly int LatencyRiseIndex = FeatureNames.IndexOf("latency_rise_unexplained");

    public PolicyDecision Decide(
        IReadOnlyDictionary<AttributionClass, double> probabilities,
        FeatureVector features,
        EvidenceQuality quality)
    {
        if (quality.MetricsMissing)
        {
            return new PolicyDecision(AttributionClass.Unknown, 0, ["metrics missing: no attribution possible"],
                "metrics missing");
        }

        var notes = new List<string>();
        var (winner, confidence) = Winner(probabilities);
        if (quality.ContextIncomplete)
        {
            confidence *= options.IncompleteContextFactor;
            notes.Add(Text($"context incomplete: confidence ×{options.IncompleteContextFactor:0.##}"));
        }

        if (Withhold(winner, confidence, features, quality) is { } withheld)
        {
            notes.Add(withheld.Note);
            if (options.FaultMargin >= 1 && Beyond(features, options.FaultMargin) is { } far)
            {
                notes.Add(Text($"{far.Name} rail ×{options.FaultMargin:0.##}: {far.Fact}, far beyond load: FAULT"));
                return new PolicyDecision(AttributionClass.Fault,
                    probabilities.GetValueOrDefault(AttributionClass.Fault), notes, $"far beyond load ({far.Name} rail)");
            }

            if (NoSurge(winner, features, quality) is { } noSurge)
            {
                notes.Add(noSurge);
                return new PolicyDecision(AttributionClass.Fault, confidence, notes, "no surge");
            }

            return new PolicyDecision(AttributionClass.Unknown, confidence, notes, withheld.Rule);
        }

        return new PolicyDecision(winner, confidence, notes);
    }

    /// <summary>
    /// The first rail other than the load rail the features break: work per request, errors, CPU or latency
    /// grew beyond what the requests explain. Null when load still explains everything. A
    /// <paramref name="margin"/> above 1 widens every rail by that factor.
    /// </summary>
    public string? BeyondLoad(FeatureVector features, double margin = 1) =>
        Beyond(features, margin) is { } rail ? Rail(rail.Name, rail.Fact) : null;

    /// <summary>The first rail other than the load rail broken with <paramref name="margin"/>: its name and fact.</summary>
    private (string Name, string Fact)? Beyond(FeatureVector features, double margin)
    {
        var (maxCost, maxErrors, maxCpu, maxLatency) = (options.MaximumCostPerRequestChange * margin,
            options.MaximumErrorRatioRise * margin, options.MaximumUnexplainedCpuRise * margin,
            options.MaximumUnexplainedLatencyRise * margin);
        var cost = features.Values[CostIndex];
        if (!(cost <= maxCost))
        {
            return ("cost", Text($"CPU per request ×{cost:0.00} > ×{maxCost:0.00}"));
        }

        var errors = features.Values[ErrorIndex];
        if (!(errors <= maxErrors))
        {
            return ("error", Text($"error ratio +{100 * errors:0.0} > +{100 * maxErrors:0.0} points"));
        }

        var cpu = features.Values[CpuRiseIndex];
        if (!(cpu <= maxCpu))
        {
            return ("cpu", Text($"a service's CPU outgrew the requests ×{cpu:0.00} > ×{maxCpu:0.00}"));
        }

        var latency = features.Values[LatencyRiseIndex];
        return latency <= maxLatency
            ? null
            : ("latency", Text($"a service's latency outgrew its CPU ×{latency:0.00} > ×{maxLatency:0.00}"));
    }

    /// <summary>
    /// The note that makes an unsure FAULT stand because the request rate, measured, did not rise; null when the
    /// model leans EXPECTED_LOAD, the rate rose, was not measured, or the rule is off.
    /// </summary>
    private string? NoSurge(AttributionClass winner, FeatureVector features, EvidenceQuality quality)
    {
        var load = features.Values[LoadRatioIndex];
        return options.FaultWithoutSurge && winner == AttributionClass.Fault && !quality.RequestRateUnmeasured
            && load < options.MinimumLoadRatio
            ? Text($"no surge: request rate ×{load:0.00} < ×{options.MinimumLoadRatio:0.00} and the model leans FAULT: FAULT")
            : null;
    }

    /// <summary>
    /// The rule and note that answer UNKNOWN instead of <paramref name="winner"/>, or null to let it stand.
    /// </summary>
    private (string Rule, string Note)? Withhold(
        AttributionClass winner,
        double confidence,
        FeatureVector features,
        EvidenceQuality quality)
    {
        if (quality.MetricsPartial && winner != AttributionClass.Fault)
        {
            return ("metrics partial", "metrics partial: only a FAULT verdict can stand on partial evidence");
        }

        if (winner == AttributionClass.ExpectedLoad && BrokenRail(features) is { } rail)
        {
            return ($"{rail.Name} rail", Rail(rail.Name, rail.Fact));
        }

        return confidence < options.ConfidenceThreshold
            ? ("below the confidence threshold",
                Text($"confidence {Math.Floor(confidence * 100) / 100:0.00} below threshold {options.ConfidenceThreshold:0.00}"))
            : null;
    }

    /// <summary>The first physics rail the features break, its name and fact; null when all hold.</summary>
    private (string Name, string Fact)? BrokenRail(FeatureVector features)
    {
        var load = features.Values[LoadRatioIndex];
        return load >= options.MinimumLoadRatio
            ? Beyond(features, margin: 1)
            : ("load", Text($"request rate ×{load:0.00} < ×{options.MinimumLoadRatio:0.00}"));
    }

    /// <summary>A broken rail's reason, e.g. "cost rail: CPU per request ×2.10 > ×1.50, not calling it load".</summary>
    private static string Rail(string name, string fact) => $"{name} rail: {fact}, not calling it load";

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
