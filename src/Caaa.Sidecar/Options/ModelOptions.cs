namespace Caaa.Sidecar.Options;

internal sealed class ModelOptions
{
    /// <summary>
    /// The attribution model (.zip written by <c>caaa train</c>). Default value: the model shipped next to
    /// the binary (<c>model/caaa-model.zip</c>, copied from the repository's <c>models/</c> at build time).
    /// </summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "model", "caaa-model.zip");

    /// <summary>Below this winning probability the verdict is UNKNOWN. Default value: 0.6.</summary>
    public double ConfidenceThreshold { get; set; } = 0.6;

    /// <summary>An EXPECTED_LOAD verdict needs the request rate to have risen at least this much. Default value: 1.2.</summary>
    public double MinimumLoadRatio { get; set; } = 1.2;
}
