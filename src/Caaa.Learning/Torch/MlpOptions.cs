namespace Caaa.Learning.Torch;

/// <summary>Shape and training of the <see cref="MlpClassifier"/>; defaults follow the research plan.</summary>
internal sealed record MlpOptions
{
    /// <summary>Widths of the hidden ReLU layers, input side first. Default value: [64, 32].</summary>
    public IReadOnlyList<int> HiddenSizes { get; init; } = [64, 32];

    /// <summary>Upper bound on passes over the training rows. Default value: 500.</summary>
    public int MaxEpochs { get; init; } = 500;

    /// <summary>Epochs without a lower training loss before training stops. Default value: 10.</summary>
    public int Patience { get; init; } = 10;

    /// <summary>Smallest drop in training loss that counts as an improvement. Default value: 0.0001.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Rows per optimiser step. Default value: 200.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Adam's step size. Default value: 0.001.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>L2 penalty on the weights (Adam weight decay). Default value: 0.0001.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>Throws naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (HiddenSizes is null || HiddenSizes.Count == 0 || HiddenSizes.Any(size => size < 1))
        {
            throw new ArgumentException(
                $"{nameof(MlpOptions)}.{nameof(HiddenSizes)} must list at least one layer, each at least 1 wide.",
                nameof(HiddenSizes));
        }

        Require(MaxEpochs >= 1, nameof(MaxEpochs), MaxEpochs, "at least 1");
        Require(Patience >= 1, nameof(Patience), Patience, "at least 1");
        Require(Tolerance >= 0, nameof(Tolerance), Tolerance, "at least 0");
        Require(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        Require(LearningRate > 0, nameof(LearningRate), LearningRate, "above 0");
        Require(L2 >= 0, nameof(L2), L2, "at least 0");
    }

    private static void Require(bool valid, string name, double value, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{nameof(MlpOptions)}.{name} must be {range}.");
        }
    }
}
