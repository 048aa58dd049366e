namespace Caaa.Learning.Evaluation;

/// <summary>A way of cutting the cases into folds that never lets a group straddle train and test.</summary>
internal interface IEvaluationProtocol
{
    /// <summary>The wire name: <c>leave-one-system-out</c> or <c>group-kfold</c>.</summary>
    string Name { get; }

    IReadOnlyList<Fold> Split(IReadOnlyList<EvaluationCase> cases);
}
