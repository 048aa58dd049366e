using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// Which labelled cases a model learns from. An EXPECTED_LOAD case whose surge does not show in the request
/// rates it is read from (<c>load_ratio</c> below the policy's minimum) can never be called EXPECTED_LOAD: the
/// load rail stops it. Teaching the model that load may look flat only blurs what load looks like, so such
/// cases are left out of training. They stay in every test set, where they count like any other case.
/// </summary>
internal static class TrainingCases
{
    private static readonly double MinimumLoadRatio = new AttributionPolicyOptions().MinimumLoadRatio;

    public static bool Teaches(FeatureVector features, AttributionClass truth) =>
        truth != AttributionClass.ExpectedLoad || features["load_ratio"] >= MinimumLoadRatio;

    /// <summary>The features and labels to train on, and how many EXPECTED_LOAD cases were left out.</summary>
    public static (FeatureVector[] Features, AttributionClass[] Labels, int LeftOut) Select(
        IEnumerable<(FeatureVector Features, AttributionClass Truth)> cases)
    {
        var all = cases.ToArray();
        var kept = all.Where(c => Teaches(c.Features, c.Truth)).ToArray();
        return (kept.Select(c => c.Features).ToArray(), kept.Select(c => c.Truth).ToArray(), all.Length - kept.Length);
    }
}
