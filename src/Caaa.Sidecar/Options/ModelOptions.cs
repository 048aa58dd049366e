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

    /// <summary>
    /// A verdict that would be UNKNOWN is FAULT when the evidence breaks a physics rail by this factor (CPU per
    /// request ×3, error ratio +4 points, CPU or latency ×3 beyond what load explains); 0 turns it off. Default
    /// value: 2.
    /// </summary>
    public double FaultMargin { get; set; } = 2;

    /// <summary>
    /// A FAULT the model leans to below <see cref="ConfidenceThreshold"/> stands when the measured request rate did
    /// not rise (below <see cref="MinimumLoadRatio"/>): the one alternative, load, is refuted. Default value: true.
    /// </summary>
    public bool FaultWithoutSurge { get; set; } = true;
}
