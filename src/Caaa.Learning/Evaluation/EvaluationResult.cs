namespace Caaa.Learning.Evaluation;

/// <summary>Everything one evaluation measured, ready for the report writers.</summary>
/// <param name="FeatureImportance">Of a model trained on every case, measured on those cases; empty for mlp.</param>
internal sealed record EvaluationResult(
    EvaluationOptions Options,
    IReadOnlyList<EvaluationCase> Cases,
    IReadOnlyList<FoldReport> Folds,
    MethodResult Model,
    IReadOnlyList<MethodResult> Baselines,
    MethodResult ContextOnly,
    IReadOnlyList<(string Feature, double Importance)> FeatureImportance);
