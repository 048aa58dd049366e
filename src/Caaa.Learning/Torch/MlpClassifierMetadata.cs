namespace Caaa.Learning.Torch;

/// <summary>What an <see cref="MlpClassifier"/> file stores besides its weights.</summary>
internal sealed record MlpClassifierMetadata(
    MlpOptions Options,
    int FeatureCount,
    Standardisation Standardisation,
    int EpochsTrained);
