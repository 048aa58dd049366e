namespace Caaa.Learning.Evaluation;

/// <summary>How to run one evaluation.</summary>
internal sealed record EvaluationOptions
{
    /// <summary>Default value: leave-one-system-out.</summary>
    public string Protocol { get; init; } = EvaluationProtocols.LeaveOneSystemOut;

    /// <summary>Default value: fastforest.</summary>
    public string Model { get; init; } = ClassifierFactory.FastForest;

    /// <summary>Default value: 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Below this winning probability the verdict is UNKNOWN. Default value: 0.6.</summary>
    public double ConfidenceThreshold { get; init; } = 0.6;

    /// <summary>
    /// A verdict that would be UNKNOWN is FAULT when a rail is broken by this factor (the sidecar's
    /// <c>model.faultMargin</c>); 0 turns it off. Default value: 2.
    /// </summary>
    public double FaultMargin { get; init; } = 2;

    /// <summary>An unsure FAULT without a surge is FAULT (the sidecar's <c>model.faultWithoutSurge</c>). Default value: true.</summary>
    public bool FaultWithoutSurge { get; init; } = true;

    /// <summary>Features set to 0 in every case before anything is trained or judged. Default value: none.</summary>
    public IReadOnlyList<string> WithoutFeatures { get; init; } = [];

    /// <summary>Compute permutation feature importance of a model trained on every case. Default value: true.</summary>
    public bool FeatureImportance { get; init; } = true;
}
