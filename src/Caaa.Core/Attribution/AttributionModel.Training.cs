using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Caaa.Core.Features;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Caaa.Core.Attribution;

public sealed partial class AttributionModel
{
    /// <summary>Small leaves, because training sets of a few dozen real cases are normal here.</summary>
    private const int MinimumCasesPerLeaf = 5;

    private const int Trees = 100;

    /// <summary>
    /// Trains a calibrated binary classifier on FAULT and EXPECTED_LOAD cases; the same inputs and
    /// seed give the same model (single-threaded training, seeded context).
    /// </summary>
    public static AttributionModel Train(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels,
        ClassifierKind kind,
        int seed,
        TimeProvider? timeProvider = null)
    {
        CheckTrainingSet(features, labels);
        var ml = new MLContext(seed);
        var model = Estimator(ml, kind, seed).Fit(ModelSchema.Load(ml, features, labels));

        var metadata = new ModelMetadata(
            ModelMetadata.CurrentFormat,
            FeatureNames.All,
            kind,
            Version(features, labels, kind, seed),
            (timeProvider ?? TimeProvider.System).GetUtcNow(),
            labels.Count(l => l == AttributionClass.Fault),
            labels.Count(l => l == AttributionClass.ExpectedLoad),
            seed);
        return new AttributionModel(ml, model, metadata);
    }

    private static IEstimator<ITransformer> Estimator(MLContext ml, ClassifierKind kind, int seed) => kind switch
    {
        ClassifierKind.FastForest => ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            MinimumExampleCountPerLeaf = MinimumCasesPerLeaf,
            NumberOfThreads = 1,
        }).Append(ml.BinaryClassification.Calibrators.Platt()),
        ClassifierKind.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            MinimumExampleCountPerLeaf = MinimumCasesPerLeaf,
            NumberOfThreads = 1,
        }),
        ClassifierKind.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = Trees,
            MinimumExampleCountPerLeaf = MinimumCasesPerLeaf,
            NumberOfThreads = 1,
            Seed = seed,
            Verbose = false,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown classifier kind."),
    };

    private static void CheckTrainingSet(IReadOnlyList<FeatureVector> features, IReadOnlyList<AttributionClass> labels)
    {
        if (features.Count != labels.Count)
        {
            throw new ArgumentException($"{features.Count} feature vectors but {labels.Count} labels.", nameof(labels));
        }

        for (var i = 0; i < features.Count; i++)
        {
            CheckLength(features[i], i);
            if (features[i].Values.Any(v => !float.IsFinite(v)))
            {
                throw new ArgumentException($"Feature vector {i} holds a NaN or infinite value.", nameof(features));
            }
        }

        if (labels.Any(l => l == AttributionClass.Unknown))
        {
            throw new ArgumentException("UNKNOWN is a policy outcome, not a training label.", nameof(labels));
        }

        if (!labels.Contains(AttributionClass.Fault) || !labels.Contains(AttributionClass.ExpectedLoad))
        {
            throw new ArgumentException("Training needs both FAULT and EXPECTED_LOAD cases.", nameof(labels));
        }
    }

    /// <summary>
    /// Kind plus 8 hex digits of a SHA-256 over the training set and seed: training is deterministic,
    /// so equal versions mean equal models. (The serialised model is not hashed: its zip carries times.)
    /// </summary>
    private static string Version(
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels,
        ClassifierKind kind,
        int seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(seed));
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join(',', FeatureNames.All) + kind));
        for (var i = 0; i < features.Count; i++)
        {
            hash.AppendData(MemoryMarshal.AsBytes(features[i].Values.AsSpan()));
            hash.AppendData(BitConverter.GetBytes((int)labels[i]));
        }

        return $"{kind.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(hash.GetHashAndReset())[..8]}";
    }
}
