using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>
/// Fits an <see cref="LstmAutoencoderNetwork"/> to reproduce normal windows (Adam, mean squared error), stops
/// when the held-out loss has not improved for the patience, and keeps the best epoch's weights.
/// </summary>
internal sealed class LstmAutoencoderTrainer
{
    private const double MinimumImprovement = 1e-6;

    private readonly LstmAutoencoderNetwork _network;
    private readonly LstmOptions _options;
    private readonly Random _random;
    private readonly IProgress<string>? _progress;

    public LstmAutoencoderTrainer(
        LstmAutoencoderNetwork network,
        LstmOptions options,
        int seed,
        IProgress<string>? progress)
    {
        _network = network;
        _options = options;
        _random = new Random(seed);
        _progress = progress;
    }

    /// <summary>Trains in place; returns the number of epochs run.</summary>
    public int Fit(IReadOnlyList<float[,]> windows)
    {
        var (trainIndices, validationIndices) = Split(windows.Count);
        using var train = WindowTensors.Stack(windows, trainIndices);
        using var validation = validationIndices.Length > 0 ? WindowTensors.Stack(windows, validationIndices) : null;
        using var optimizer = optim.Adam(_network.parameters(), _options.LearningRate);

        var stopping = new EarlyStopping(_options.Patience, MinimumImprovement);
        ModuleState? best = null;
        var epoch = 0;
        try
        {
            while (epoch < _options.MaxEpochs && !stopping.ShouldStop)
            {
                epoch++;
                var trainLoss = RunEpoch(train, optimizer);
                var validationLoss = validation is null ? trainLoss : Errors(_network, validation).Average();
                if (stopping.Record(validationLoss))
                {
                    best?.Dispose();
                    best = ModuleState.Capture(_network);
                }

                Report(epoch, trainLoss, validationLoss);
            }

            best?.RestoreInto(_network);
        }
        finally
        {
            best?.Dispose();
        }

        _network.eval();
        return epoch;
    }

    /// <summary>Mean squared reconstruction error of each window in a (window, time, feature) tensor.</summary>
    public static float[] Errors(LstmAutoencoderNetwork network, Tensor windows)
    {
        TorchRuntime.UseThreads();
        network.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();

        var reconstruction = network.call(windows);
        var errors = (reconstruction - windows).square().mean([1, 2]);
        return errors.data<float>().ToArray();
    }

    private (int[] Train, int[] Validation) Split(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        _random.Shuffle(order);

        var held = count >= 5 ? (int)Math.Round(count * _options.ValidationFraction) : 0;
        if (_options.ValidationFraction > 0 && count >= 5)
        {
            held = Math.Max(held, 1);
        }

        return (order[held..], order[..held]);
    }

    private double RunEpoch(Tensor train, optim.Optimizer optimizer)
    {
        _network.train();
        var count = (int)train.shape[0];
        var order = Enumerable.Range(0, count).ToArray();
        _random.Shuffle(order);

        var total = 0.0;
        for (var start = 0; start < count; start += _options.BatchSize)
        {
            var batchIndices = order[start..Math.Min(count, start + _options.BatchSize)];
            total += Step(train, batchIndices, optimizer) * batchIndices.Length;
        }

        return total / count;
    }

    private double Step(Tensor train, int[] batchIndices, optim.Optimizer optimizer)
    {
        using var scope = NewDisposeScope();
        var batch = train.index_select(0, tensor(batchIndices, dtype: ScalarType.Int64));

        optimizer.zero_grad();
        var loss = nn.functional.mse_loss(_network.call(batch), batch);
        loss.backward();
        optimizer.step();

        return loss.item<float>();
    }

    private void Report(int epoch, double trainLoss, double validationLoss)
    {
        _progress?.Report(string.Create(
            CultureInfo.InvariantCulture,
            $"lstm-autoencoder epoch {epoch}/{_options.MaxEpochs}: "
            + $"train loss {trainLoss:G4}, validation loss {validationLoss:G4}"));
    }
}
