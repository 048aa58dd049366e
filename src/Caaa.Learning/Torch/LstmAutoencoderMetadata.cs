namespace Caaa.Learning.Torch;

/// <summary>What an <see cref="LstmAutoencoder"/> file stores besides its weights.</summary>
internal sealed record LstmAutoencoderMetadata(
    LstmOptions Options,
    int WindowLength,
    int FeatureCount,
    float Threshold,
    int EpochsTrained);
