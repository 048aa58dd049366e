using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>What one method said about one test case.</summary>
internal sealed record Verdict(
    int CaseIndex,
    string System,
    string Fold,
    AttributionClass Truth,
    AttributionClass Predicted,
    double? Confidence = null);
