namespace Caaa.Core.Attribution;

/// <summary>
/// The verdict on one incident: the class, how sure (the winning probability after policy), the
/// model's raw probabilities, and human-readable reasons (top signals, calendar event, deployment).
/// </summary>
public sealed record Attribution(
    AttributionClass Class,
    double Confidence,
    IReadOnlyDictionary<AttributionClass, double> Probabilities,
    IReadOnlyList<string> Reasons);
