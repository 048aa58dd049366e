namespace Caaa.Core.Attribution;

/// <summary>The JSON stored beside the ML.NET model in a CAAA model file.</summary>
internal sealed record ModelMetadata(
    int FormatVersion,
    IReadOnlyList<string> FeatureNames,
    ClassifierKind Kind,
    string Version,
    DateTimeOffset TrainedAt,
    int FaultCases,
    int ExpectedLoadCases,
    int Seed)
{
    public const int CurrentFormat = 1;

    public ModelInfo ToInfo() => new(Kind, Version, TrainedAt, FaultCases, ExpectedLoadCases);
}
