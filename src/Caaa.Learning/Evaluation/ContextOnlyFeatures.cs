using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// The leak check: keeps the 5 context features and sets every other one to 0, so a classifier trained on
/// the result can only learn from the calendar, the deployments and the time of day.
/// </summary>
internal static class ContextOnlyFeatures
{
    private static readonly bool[] Kept = FeatureNames.All.Select(n => FeatureNames.Context.Contains(n)).ToArray();

    public static FeatureVector Neutralise(FeatureVector features)
    {
        var values = new float[features.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Kept[i] ? features.Values[i] : 0f;
        }

        return new FeatureVector(values);
    }
}
