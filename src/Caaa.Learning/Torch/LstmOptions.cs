namespace Caaa.Learning.Torch;

/// <summary>Shape and training of the <see cref="LstmAutoencoder"/>; defaults follow the research plan.</summary>
internal sealed record LstmOptions
{
    /// <summary>Width of both LSTM stacks. Default value: 64.</summary>
    public int HiddenSize { get; init; } = 64;

    /// <summary>Width of the code a window is squeezed through. Default value: 16.</summary>
    public int LatentSize { get; init; } = 16;

    /// <summary>LSTM layers in the encoder and in the decoder. Default value: 2.</summary>
    public int Layers { get; init; } = 2;

    /// <summary>Dropout between stacked LSTM layers while training. Default value: 0.1.</summary>
    public double Dropout { get; init; } = 0.1;

    /// <summary>Percentile of the normal windows' errors that becomes the threshold. Default value: 95.</summary>
    public double ThresholdPercentile { get; init; } = 95;

    /// <summary>Upper bound on passes over the training windows. Default value: 50.</summary>
    public int MaxEpochs { get; init; } = 50;

    /// <summary>Epochs without a better validation loss before training stops. Default value: 10.</summary>
    public int Patience { get; init; } = 10;

    /// <summary>Windows per optimiser step. Default value: 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Adam's step size. Default value: 0.001.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>
    /// Share of the normal windows held out to decide early stopping; with fewer than five windows none are
    /// held out and the training loss decides. Default value: 0.2.
    /// </summary>
    public double ValidationFraction { get; init; } = 0.2;

    /// <summary>Throws naming the first setting that is out of range.</summary>
    public void Validate()
    {
        Require(HiddenSize >= 1, nameof(HiddenSize), HiddenSize, "at least 1");
        Require(LatentSize >= 1, nameof(LatentSize), LatentSize, "at least 1");
        Require(Layers >= 1, nameof(Layers), Layers, "at least 1");
        Require(Dropout is >= 0 and < 1, nameof(Dropout), Dropout, "in [0, 1)");
        Require(ThresholdPercentile is > 0 and <= 100, nameof(ThresholdPercentile), ThresholdPercentile, "in (0, 100]");
        Require(MaxEpochs >= 1, nameof(MaxEpochs), MaxEpochs, "at least 1");
        Require(Patience >= 1, nameof(Patience), Patience, "at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        Require(LearningRate > 0, nameof(LearningRate), LearningRate, "above 0");
        Require(ValidationFraction is >= 0 and < 1, nameof(ValidationFraction), ValidationFraction, "in [0, 1)");
    }

    private static void Require(bool valid, string name, double value, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(
                name, value, $"{nameof(LstmOptions)}.{name} must be {range}.");
        }
    }
}
