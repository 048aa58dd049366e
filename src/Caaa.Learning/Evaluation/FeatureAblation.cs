using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// Sets the named features to 0 in every case, to measure how much the figures rest on them (a suspected
/// artefact of the synthetic data, say).
/// </summary>
internal static class FeatureAblation
{
    public static IReadOnlyList<EvaluationCase> Apply(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return cases;
        }

        var indices = names.Select(FeatureNames.IndexOf).ToArray();
        return cases.Select(c => c with { Features = Without(c.Features, indices) }).ToArray();
    }

    private static FeatureVector Without(FeatureVector features, int[] indices)
    {
        var values = (float[])features.Values.Clone();
        foreach (var index in indices)
        {
            values[index] = 0f;
        }

        return new FeatureVector(values);
    }
}
