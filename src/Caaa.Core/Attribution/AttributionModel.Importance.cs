using Caaa.Core.Features;
using Microsoft.ML;

namespace Caaa.Core.Attribution;

public sealed partial class AttributionModel
{
    /// <summary>
    /// Permutation feature importance on the given cases (ML.NET PFI): how much the area under the ROC
    /// curve drops when one feature's values are shuffled, averaged over <paramref name="permutations"/>
    /// shuffles. Largest first; near 0 means the model does not rely on the feature.
    /// </summary>
    public IReadOnlyList<(string Feature, double Importance)> FeatureImportance(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels,
        int permutations = 5)
    {
        CheckTrainingSet(features, labels);
        var data = ModelSchema.Load(_ml, features, labels);

        // The forest's Platt calibrator cannot score shuffled rows on its own; the scoring trees can.
        var scorer = _model is IEnumerable<ITransformer> chain ? chain.First() : _model;
        var importance = _ml.BinaryClassification.PermutationFeatureImportanceNonCalibrated(
            scorer,
            data,
            permutationCount: permutations);

        return FeatureNames.All
            .Select(name => (name, importance.TryGetValue(name, out var drop) ? -drop.AreaUnderRocCurve.Mean : 0))
            .OrderByDescending(pair => pair.Item2)
            .ToArray();
    }
}
