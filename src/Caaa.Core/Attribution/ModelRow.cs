namespace Caaa.Core.Attribution;

/// <summary>One ML.NET row: the feature vector and, when training, whether the case is a FAULT.</summary>
internal sealed class ModelRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
