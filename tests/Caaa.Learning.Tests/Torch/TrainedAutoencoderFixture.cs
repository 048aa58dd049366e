using Caaa.Learning.Torch;

namespace Caaa.Learning.Tests.Torch;

/// <summary>One autoencoder trained on synthetic normal windows, shared by the tests that only score with it.</summary>
public sealed class TrainedAutoencoderFixture : IDisposable
{
    public const int Seed = 7;

    internal static readonly LstmOptions SmallOptions = new()
    {
        HiddenSize = 32,
        LatentSize = 8,
        Layers = 2,
        MaxEpochs = 40,
        Patience = 6,
        BatchSize = 16,
        LearningRate = 0.01,
    };

    public TrainedAutoencoderFixture()
    {
        var windows = SyntheticWindows.Normal(81, seed: 1);
        HeldOut = windows[^1];
        Training = windows[..^1];
        Model = LstmAutoencoder.Train(Training, SmallOptions, Seed, progress: null);
    }

    internal LstmAutoencoder Model { get; }

    internal List<float[,]> Training { get; }

    internal float[,] HeldOut { get; }

    public void Dispose() => Model.Dispose();
}
