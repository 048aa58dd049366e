namespace Caaa.Core.Attribution;

/// <summary>What the policy made of the model's probabilities, and why (notes become reasons).</summary>
/// <param name="Confidence">The winning probability after adjustment; for UNKNOWN, how sure the model was.</param>
/// <param name="Rule">
/// The policy rule that set the class instead of the model ("cost rail", "below the confidence threshold",
/// "no surge", "far beyond load (cost rail)", "metrics partial", "metrics missing"); null when the model's
/// verdict stands.
/// </param>
internal sealed record PolicyDecision(
    AttributionClass Class,
    double Confidence,
    IReadOnlyList<string> Notes,
    string? Rule = null);
