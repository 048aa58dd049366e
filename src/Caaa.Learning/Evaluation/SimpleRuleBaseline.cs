using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// A hand-written rule an SRE might write: load rose clearly while errors and CPU per request held steady.
/// </summary>
internal sealed class SimpleRuleBaseline : IBaseline
{
    /// <summary>The entry request rate must reach this multiple of its pre-onset level.</summary>
    public const double MinimumLoadRatio = 1.5;

    /// <summary>The worst service's error ratio may rise by at most this much (absolute, 0..1).</summary>
    public const double MaximumErrorRatioChange = 0.02;

    /// <summary>The worst service's CPU per request may grow by at most this factor.</summary>
    public const double MaximumCostPerRequestChange = 1.3;

    private static readonly int LoadRatio = FeatureNames.IndexOf("load_ratio");
    private static readonly int ErrorRatioChange = FeatureNames.IndexOf("error_ratio_change");
    private static readonly int CostPerRequestChange =
        FeatureNames.IndexOf("cost_per_request_change");

    public string Name => "simple_rule";

    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"EXPECTED_LOAD iff load_ratio ≥ {MinimumLoadRatio}, error_ratio_change ≤ {MaximumErrorRatioChange} "
        + $"and cost_per_request_change ≤ {MaximumCostPerRequestChange}; else FAULT");

    public AttributionClass Predict(EvaluationCase evaluationCase)
    {
        var values = evaluationCase.Features.Values;
        var load = values[LoadRatio] >= MinimumLoadRatio;
        var errorsSteady = values[ErrorRatioChange] <= MaximumErrorRatioChange;
        var costSteady = values[CostPerRequestChange] <= MaximumCostPerRequestChange;
        return load && errorsSteady && costSteady ? AttributionClass.ExpectedLoad : AttributionClass.Fault;
    }
}
