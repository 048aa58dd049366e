using TorchSharp;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>
/// Fits an <see cref="MlpNetwork"/> with Adam on cross-entropy over shuffled mini-batches, stopping when the
/// training loss has not dropped by the tolerance for the patience (as the research plan's scikit-learn MLP does).
/// </summary>
internal sealed class MlpTrainer
{
    private readonly MlpNetwork _network;
    private readonly MlpOptions _options;
    private readonly Random _random;

    public MlpTrainer(MlpNetwork network, MlpOptions options, int seed)
    {
        _network = network;
        _options = options;
        _random = new Random(seed);
    }

    /// <summary>Trains in place on standardised rows; returns the number of epochs run.</summary>
    public int Fit(float[][] rows, int[] labels)
    {
        using var inputs = tensor(rows.SelectMany(row => row).ToArray(), [rows.Length, rows[0].Length]);
        using var targets = tensor(labels.Select(label => (long)label).ToArray());
        using var optimizer = optim.Adam(
            _network.parameters(), _options.LearningRate, weight_decay: _options.L2);

        _network.train();
        var stopping = new EarlyStopping(_options.Patience, _options.Tolerance);
        var epoch = 0;
        while (epoch < _options.MaxEpochs && !stopping.ShouldStop)
        {
            epoch++;
            stopping.Record(RunEpoch(inputs, targets, optimizer));
        }

        _network.eval();
        return epoch;
    }

    private double RunEpoch(Tensor inputs, Tensor targets, optim.Optimizer optimizer)
    {
        var count = (int)inputs.shape[0];
        var order = Enumerable.Range(0, count).Select(i => (long)i).ToArray();
        _random.Shuffle(order);

        var total = 0.0;
        for (var start = 0; start < count; start += _options.BatchSize)
        {
            var batch = order[start..Math.Min(count, start + _options.BatchSize)];
            total += Step(inputs, targets, batch, optimizer) * batch.Length;
        }

        return total / count;
    }

    private double Step(Tensor inputs, Tensor targets, long[] batch, optim.Optimizer optimizer)
    {
        using var scope = NewDisposeScope();
        var indices = tensor(batch);

        optimizer.zero_grad();
        var logits = _network.call(inputs.index_select(0, indices));
        var loss = nn.functional.cross_entropy(logits, targets.index_select(0, indices));
        loss.backward();
        optimizer.step();

        return loss.item<float>();
    }
}
