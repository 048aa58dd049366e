namespace Caaa.Sidecar.Pipeline;

/// <summary>Whether an attribution model is loaded; drives <c>/readyz</c> and <c>caaa_build_info</c>.</summary>
public interface IModelState
{
    bool IsLoaded { get; }

    /// <summary>A short model identifier for the build-info metric, e.g. the file name and version.</summary>
    string Version { get; }
}
