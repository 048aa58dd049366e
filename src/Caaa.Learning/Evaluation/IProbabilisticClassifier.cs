using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>A trained FAULT-vs-EXPECTED_LOAD classifier that gives both probabilities (summing to 1).</summary>
internal interface IProbabilisticClassifier : IDisposable
{
    IReadOnlyDictionary<AttributionClass, double> Predict(FeatureVector features);

    /// <summary>Permutation importance on the given cases, largest first; empty when the kind cannot say.</summary>
    IReadOnlyList<(string Feature, double Importance)> FeatureImportance(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels);
}
