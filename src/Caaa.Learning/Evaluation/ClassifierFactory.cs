using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>The classifiers by their command-line names; fastforest is the default.</summary>
internal static class ClassifierFactory
{
    public const string FastForest = "fastforest";
    public const string FastTree = "fasttree";
    public const string LightGbm = "lightgbm";
    public const string Mlp = "mlp";

    public static IReadOnlyList<string> Names { get; } = [FastForest, FastTree, LightGbm, Mlp];

    public static ClassifierTrainer Create(string name) => name switch
    {
        FastForest => (x, y, seed) => MlNetClassifier.Train(x, y, ClassifierKind.FastForest, seed),
        FastTree => (x, y, seed) => MlNetClassifier.Train(x, y, ClassifierKind.FastTree, seed),
        LightGbm => (x, y, seed) => MlNetClassifier.Train(x, y, ClassifierKind.LightGbm, seed),
        Mlp => throw new ArgumentException("The mlp model is not part of this build yet.", nameof(name)),
        _ => throw new ArgumentException(
            $"Unknown model '{name}'; expected one of: {string.Join(", ", Names)}.",
            nameof(name)),
    };

    /// <summary>The ML.NET kind behind a name, or null for a model Core cannot save (mlp).</summary>
    public static ClassifierKind? KindOf(string name) => name switch
    {
        FastForest => ClassifierKind.FastForest,
        FastTree => ClassifierKind.FastTree,
        LightGbm => ClassifierKind.LightGbm,
        _ => null,
    };
}
