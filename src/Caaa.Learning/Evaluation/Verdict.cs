using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>What one method said about one test case.</summary>
/// <param name="Reason">Why the policy withheld or adjusted the model's answer (a rail, the threshold); null when it
/// let the model's answer stand as it was.</param>
/// <param name="Rule">The policy rule that set <paramref name="Predicted"/> instead of the model; null when the model's
/// verdict stood.</param>
internal sealed record Verdict(
    int CaseIndex,
    string System,
    string Fold,
    AttributionClass Truth,
    AttributionClass Predicted,
    double? Confidence = null,
    string? Reason = null,
    string? Rule = null);
