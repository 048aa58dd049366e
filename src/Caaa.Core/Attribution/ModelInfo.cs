namespace Caaa.Core.Attribution;

/// <summary>What a trained model is: for <c>caaa_build_info</c>, logs and decision records.</summary>
/// <param name="Version">Kind plus a hash of the trained model, e.g. <c>fasttree-3f9a1c2e</c>.</param>
public sealed record ModelInfo(
    ClassifierKind Kind,
    string Version,
    DateTimeOffset TrainedAt,
    int FaultCases,
    int ExpectedLoadCases);
