using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Learning.Torch;

namespace Caaa.Learning.Evaluation;

/// <summary>The TorchSharp <see cref="MlpClassifier"/> behind the evaluation's classifier shape.</summary>
internal sealed class MlpProbabilisticClassifier(MlpClassifier mlp) : IProbabilisticClassifier
{
    public static IProbabilisticClassifier Train(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels,
        int seed)
    {
        var x = features.Select(f => f.Values).ToArray();
        var y = labels.Select(Label).ToArray();
        return new MlpProbabilisticClassifier(MlpClassifier.Train(x, y, new MlpOptions(), seed));
    }

    public IReadOnlyDictionary<AttributionClass, double> Predict(FeatureVector features)
    {
        var probabilities = mlp.PredictProbabilities(features.Values);
        return new Dictionary<AttributionClass, double>
        {
            [AttributionClass.Fault] = probabilities[MlpClassifier.FaultLabel],
            [AttributionClass.ExpectedLoad] = probabilities[MlpClassifier.ExpectedLoadLabel],
        };
    }

    /// <summary>Not measured for the MLP: ML.NET's permutation importance only works on its own models.</summary>
    public IReadOnlyList<(string Feature, double Importance)> FeatureImportance(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels) => [];

    public void Dispose() => mlp.Dispose();

    private static int Label(AttributionClass label) => label switch
    {
        AttributionClass.Fault => MlpClassifier.FaultLabel,
        AttributionClass.ExpectedLoad => MlpClassifier.ExpectedLoadLabel,
        _ => throw new ArgumentException("UNKNOWN is a policy outcome, not a training label.", nameof(label)),
    };
}
