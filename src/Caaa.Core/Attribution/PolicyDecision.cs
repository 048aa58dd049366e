namespace Caaa.Core.Attribution;

/// <summary>What the policy made of the model's probabilities, and why (notes become reasons).</summary>
/// <param name="Confidence">The winning probability after adjustment; for UNKNOWN, how sure the model was.</param>
internal sealed record PolicyDecision(AttributionClass Class, double Confidence, IReadOnlyList<string> Notes);
