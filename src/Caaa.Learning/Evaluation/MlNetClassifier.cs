using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>Core's ML.NET <see cref="AttributionModel"/> behind the evaluation's classifier shape.</summary>
internal sealed class MlNetClassifier(AttributionModel model) : IProbabilisticClassifier
{
    public AttributionModel Model => model;

    public static MlNetClassifier Train(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels,
        ClassifierKind kind,
        int seed) =>
        new(AttributionModel.Train(features, labels, kind, seed));

    public IReadOnlyDictionary<AttributionClass, double> Predict(FeatureVector features) => model.Predict(features);

    public IReadOnlyList<(string Feature, double Importance)> FeatureImportance(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels) =>
        model.FeatureImportance(features, labels);

    // ML.NET models hold no unmanaged state that outlives the garbage collector.
    public void Dispose()
    {
    }
}
