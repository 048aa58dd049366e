using TorchSharp;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>
/// The research plan's neural alternative to the tree models: a small MLP that gives the probability of
/// FAULT (class 0) and EXPECTED_LOAD (class 1) for a feature vector. Inputs are standardised with the means and
/// scales of the training rows, which are saved with the weights.
/// </summary>
internal sealed class MlpClassifier : IDisposable
{
    public const int FaultLabel = 0;
    public const int ExpectedLoadLabel = 1;

    private const int ClassCount = 2;
    private const string FileKind = "mlp-classifier";

    private readonly MlpNetwork _network;
    private readonly MlpClassifierMetadata _metadata;

    private MlpClassifier(MlpNetwork network, MlpClassifierMetadata metadata)
    {
        _network = network;
        _metadata = metadata;
        _network.eval();
    }

    public MlpOptions Options => _metadata.Options;

    public int FeatureCount => _metadata.FeatureCount;

    public int EpochsTrained => _metadata.EpochsTrained;

    /// <summary>Trains on rows labelled <see cref="FaultLabel"/> or <see cref="ExpectedLoadLabel"/>.</summary>
    public static MlpClassifier Train(float[][] x, int[] y, MlpOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var features = CheckTrainingSet(x, y);
        var standardisation = Standardisation.Fit(x);
        var rows = x.Select(standardisation.Apply).ToArray();

        lock (TorchRuntime.TrainingGate)
        {
            TorchRuntime.Prepare(seed);
            var network = new MlpNetwork(features, options.HiddenSizes, ClassCount);
            try
            {
                var epochs = new MlpTrainer(network, options, seed).Fit(rows, y);
                return new MlpClassifier(network, new(options, features, standardisation, epochs));
            }
            catch
            {
                network.Dispose();
                throw;
            }
        }
    }

    /// <summary>[P(FAULT), P(EXPECTED_LOAD)], summing to 1.</summary>
    public double[] PredictProbabilities(float[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        CheckRow(x, FeatureCount, "The feature vector");
        var row = _metadata.Standardisation.Apply(x);
        TorchRuntime.UseThreads();

        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var probabilities = nn.functional.softmax(_network.call(tensor(row, [1, row.Length])), 1);
        return probabilities.to_type(ScalarType.Float64).data<double>().ToArray();
    }

    public void Save(string path) => TorchModelFile.Save(path, FileKind, _metadata, _network);

    /// <summary>Loads a model written by <see cref="Save"/>; a bad file throws naming its path.</summary>
    public static MlpClassifier Load(string path) =>
        TorchModelFile.Load<MlpClassifierMetadata, MlpClassifier>(path, FileKind, metadata =>
        {
            if (metadata.Options is null || metadata.Standardisation?.Means?.Length != metadata.FeatureCount
                || metadata.Standardisation.Scales?.Length != metadata.FeatureCount || metadata.FeatureCount < 1)
            {
                throw new InvalidDataException($"{path}: the {FileKind} metadata is incomplete.");
            }

            metadata.Options.Validate();
            TorchRuntime.UseThreads();
            lock (TorchRuntime.TrainingGate)
            {
                var network = new MlpNetwork(metadata.FeatureCount, metadata.Options.HiddenSizes, ClassCount);
                return (network, new MlpClassifier(network, metadata));
            }
        });

    public void Dispose() => _network.Dispose();

    private static int CheckTrainingSet(float[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0 || x.Length != y.Length)
        {
            throw new ArgumentException($"Need at least one row and one label per row; got {x.Length} rows and "
                + $"{y.Length} labels.", nameof(y));
        }

        var features = x[0]?.Length ?? 0;
        for (var i = 0; i < x.Length; i++)
        {
            CheckRow(x[i], features, $"Row {i}");
            if (y[i] is not (FaultLabel or ExpectedLoadLabel))
            {
                throw new ArgumentException(
                    $"Label {i} is {y[i]}; expected {FaultLabel} (Fault) or {ExpectedLoadLabel} (ExpectedLoad).",
                    nameof(y));
            }
        }

        return features;
    }

    private static void CheckRow(float[]? row, int features, string name)
    {
        if (row is null || row.Length != features || features < 1)
        {
            throw new ArgumentException($"{name} has {row?.Length ?? 0} features; expected {features} (at least 1).");
        }

        for (var f = 0; f < row.Length; f++)
        {
            if (!float.IsFinite(row[f]))
            {
                throw new ArgumentException($"{name} has a non-finite value at feature {f}.");
            }
        }
    }
}
