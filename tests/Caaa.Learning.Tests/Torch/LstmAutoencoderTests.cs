using Caaa.Learning.Torch;

namespace Caaa.Learning.Tests.Torch;

public sealed class LstmAutoencoderTests : IClassFixture<TrainedAutoencoderFixture>, IDisposable
{
    private readonly TrainedAutoencoderFixture _trained;
    private readonly string _directory = Directory.CreateTempSubdirectory("caaa-lstm-").FullName;

    public LstmAutoencoderTests(TrainedAutoencoderFixture trained)
    {
        _trained = trained;
    }

    [Fact]
    public void ReconstructionError_SpikedWindow_ExceedsHeldOutNormalWindow()
    {
        var spiked = SyntheticWindows.WithSpike(_trained.HeldOut);

        var normalError = _trained.Model.ReconstructionError(_trained.HeldOut);
        var spikedError = _trained.Model.ReconstructionError(spiked);

        Assert.True(spikedError > 2 * normalError, $"spiked {spikedError}, normal {normalError}");
    }

    [Fact]
    public void IsAnomalous_SpikedAndNormalWindows_FlagsOnlyTheSpike()
    {
        var spiked = SyntheticWindows.WithSpike(_trained.HeldOut);

        var spikeFlagged = _trained.Model.IsAnomalous(spiked);
        var normalFlagged = _trained.Model.IsAnomalous(_trained.HeldOut);

        Assert.True(spikeFlagged);
        Assert.False(normalFlagged);
    }

    [Fact]
    public void Threshold_AfterTraining_LeavesAboutFivePercentOfTrainingWindowsAbove()
    {
        var above = _trained.Training.Count(w => _trained.Model.ReconstructionError(w) > _trained.Model.Threshold);

        var share = (double)above / _trained.Training.Count;

        Assert.InRange(share, 0.01, 0.10);
    }

    [Fact]
    public void Load_SavedModel_GivesTheSameErrorAndThreshold()
    {
        var path = Path.Combine(_directory, "detector.model");
        var spiked = SyntheticWindows.WithSpike(_trained.HeldOut);
        _trained.Model.Save(path);

        using var loaded = LstmAutoencoder.Load(path);

        Assert.Equal(_trained.Model.Threshold, loaded.Threshold);
        Assert.Equal(_trained.Model.ReconstructionError(spiked), loaded.ReconstructionError(spiked));
        Assert.Equal(
            _trained.Model.ReconstructionError(_trained.HeldOut), loaded.ReconstructionError(_trained.HeldOut));
        Assert.Equal(_trained.Model.Options, loaded.Options);
    }

    [Fact]
    public void Train_SameSeedTwice_GivesTheSameModel()
    {
        var windows = SyntheticWindows.Normal(12, seed: 3);
        var options = TrainedAutoencoderFixture.SmallOptions with { HiddenSize = 8, LatentSize = 4, MaxEpochs = 5 };

        using var first = LstmAutoencoder.Train(windows, options, seed: 11, progress: null);
        using var second = LstmAutoencoder.Train(windows, options, seed: 11, progress: null);

        Assert.Equal(first.Threshold, second.Threshold);
        Assert.Equal(first.ReconstructionError(_trained.HeldOut), second.ReconstructionError(_trained.HeldOut));
    }

    [Fact]
    public void Train_WithProgress_ReportsEveryEpoch()
    {
        var windows = SyntheticWindows.Normal(6, seed: 4);
        var options = TrainedAutoencoderFixture.SmallOptions with { HiddenSize = 4, LatentSize = 2, MaxEpochs = 3 };
        var messages = new List<string>();

        using var model = LstmAutoencoder.Train(windows, options, seed: 1, new SynchronousProgress(messages.Add));

        Assert.Equal(model.EpochsTrained, messages.Count);
        Assert.StartsWith("lstm-autoencoder epoch 1/3: train loss ", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Train_RaggedWindows_ThrowsNamingTheWindow()
    {
        var windows = SyntheticWindows.Normal(3, seed: 5);
        windows.Add(new float[SyntheticWindows.Length - 1, SyntheticWindows.Features]);

        var error = Assert.Throws<ArgumentException>(
            () => LstmAutoencoder.Train(windows, TrainedAutoencoderFixture.SmallOptions, 1, null));

        Assert.Contains("Window 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_InvalidOption_ThrowsNamingTheOption()
    {
        var windows = SyntheticWindows.Normal(3, seed: 5);
        var options = TrainedAutoencoderFixture.SmallOptions with { ThresholdPercentile = 0 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LstmAutoencoder.Train(windows, options, 1, null));

        Assert.Contains("LstmOptions.ThresholdPercentile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReconstructionError_NonFiniteValue_ThrowsNamingThePosition()
    {
        var window = (float[,])_trained.HeldOut.Clone();
        window[5, 1] = float.NaN;

        var error = Assert.Throws<ArgumentException>(() => _trained.Model.ReconstructionError(window));

        Assert.Contains("time 5, feature 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAModelFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(_directory, "notes.txt");
        File.WriteAllText(path, "not a model");

        var error = Assert.Throws<InvalidDataException>(() => LstmAutoencoder.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ClassifierFile_ThrowsNamingTheKind()
    {
        var path = Path.Combine(_directory, "classifier.model");
        using (var classifier = MlpClassifier.Train([[0f], [1f]], [0, 1], new MlpOptions { MaxEpochs = 1 }, 1))
        {
            classifier.Save(path);
        }

        var error = Assert.Throws<InvalidDataException>(() => LstmAutoencoder.Load(path));

        Assert.Contains("not a lstm-autoencoder model file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so no message is lost.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
