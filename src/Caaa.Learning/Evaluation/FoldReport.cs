namespace Caaa.Learning.Evaluation;

/// <summary>What happened in one fold; an untrained fold contributes no verdict to any method.</summary>
internal sealed record FoldReport(
    string Name,
    string? HeldOutSystem,
    int TrainCases,
    int TestCases,
    bool Trained,
    string? Flag);
