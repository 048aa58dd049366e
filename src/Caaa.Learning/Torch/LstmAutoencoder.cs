using MathNet.Numerics.Statistics;

namespace Caaa.Learning.Torch;

/// <summary>
/// Says that an incident window looks unlike normal operation (not why): an LSTM autoencoder trained on normal
/// windows reconstructs them well, so a window it reconstructs worse than <see cref="Threshold"/> is anomalous.
/// </summary>
internal sealed class LstmAutoencoder : IDisposable
{
    private const string FileKind = "lstm-autoencoder";

    private readonly LstmAutoencoderNetwork _network;
    private readonly LstmAutoencoderMetadata _metadata;

    private LstmAutoencoder(LstmAutoencoderNetwork network, LstmAutoencoderMetadata metadata)
    {
        _network = network;
        _metadata = metadata;
        _network.eval();
    }

    public LstmOptions Options => _metadata.Options;

    /// <summary>Time steps per window; every scored window must have this many.</summary>
    public int WindowLength => _metadata.WindowLength;

    public int FeatureCount => _metadata.FeatureCount;

    /// <summary>The <see cref="LstmOptions.ThresholdPercentile"/> of the training windows' errors.</summary>
    public float Threshold => _metadata.Threshold;

    public int EpochsTrained => _metadata.EpochsTrained;

    /// <summary>Trains on windows of normal operation, all of one (time × feature) shape.</summary>
    public static LstmAutoencoder Train(
        IReadOnlyList<float[,]> normalWindows,
        LstmOptions options,
        int seed,
        IProgress<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(normalWindows);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (length, features) = WindowTensors.ShapeOf(normalWindows);

        lock (TorchRuntime.TrainingGate)
        {
            TorchRuntime.Prepare(seed);
            var network = new LstmAutoencoderNetwork(features, options);
            try
            {
                var epochs = new LstmAutoencoderTrainer(network, options, seed, progress).Fit(normalWindows);
                var threshold = ThresholdOf(network, normalWindows, options.ThresholdPercentile);
                return new LstmAutoencoder(network, new(options, length, features, threshold, epochs));
            }
            catch
            {
                network.Dispose();
                throw;
            }
        }
    }

    /// <summary>Mean squared difference between the window and its reconstruction.</summary>
    public float ReconstructionError(float[,] window)
    {
        WindowTensors.CheckWindow(window, WindowLength, FeatureCount, "The window");

        using var batch = WindowTensors.Stack([window], [0]);
        return LstmAutoencoderTrainer.Errors(_network, batch)[0];
    }

    public bool IsAnomalous(float[,] window) => ReconstructionError(window) > Threshold;

    public void Save(string path) => TorchModelFile.Save(path, FileKind, _metadata, _network);

    /// <summary>Loads a model written by <see cref="Save"/>; a bad file throws naming its path.</summary>
    public static LstmAutoencoder Load(string path) =>
        TorchModelFile.Load<LstmAutoencoderMetadata, LstmAutoencoder>(path, FileKind, metadata =>
        {
            if (metadata.Options is null || metadata.WindowLength < 2 || metadata.FeatureCount < 1)
            {
                throw new InvalidDataException($"{path}: the {FileKind} metadata is incomplete.");
            }

            metadata.Options.Validate();
            TorchRuntime.UseThreads();
            lock (TorchRuntime.TrainingGate)
            {
                var network = new LstmAutoencoderNetwork(metadata.FeatureCount, metadata.Options);
                return (network, new LstmAutoencoder(network, metadata));
            }
        });

    public void Dispose() => _network.Dispose();

    private static float ThresholdOf(
        LstmAutoencoderNetwork network,
        IReadOnlyList<float[,]> windows,
        double percentile)
    {
        using var all = WindowTensors.Stack(windows, Enumerable.Range(0, windows.Count).ToArray());
        var errors = LstmAutoencoderTrainer.Errors(network, all).Select(e => (double)e);

        // R-7 is the linear interpolation numpy's percentile uses, which the research plan's threshold assumes.
        return (float)errors.QuantileCustom(percentile / 100, QuantileDefinition.R7);
    }
}
