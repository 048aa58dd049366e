namespace Caaa.Learning.Evaluation;

/// <summary>One train/test split of the case list, by index.</summary>
/// <param name="HeldOutSystem">The system tested on (leave-one-system-out), else null.</param>
/// <param name="Flag">Why this fold's figures deserve less trust (one class only, few cases), or null.</param>
internal sealed record Fold(
    string Name,
    IReadOnlyList<int> Train,
    IReadOnlyList<int> Test,
    string? HeldOutSystem = null,
    string? Flag = null);
