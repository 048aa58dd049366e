namespace Caaa.Sidecar.Options;

internal sealed class ModelOptions
{
    /// <summary>The attribution model (.zip written by <c>caaa train</c>). Default value: model.zip.</summary>
    public string Path { get; set; } = "model.zip";
}
