using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Wiring;

/// <summary>
/// The sidecar's attributor: the model file written by <c>caaa train</c>, read once at start-up, run
/// through Caaa.Core's <see cref="Attributor"/> — the same features and policy as offline evaluation.
/// A missing or unreadable model leaves the sidecar running but not ready, and every verdict UNKNOWN.
/// </summary>
internal sealed partial class ModelAttributor : IIncidentAttributor, IModelState
{
    private readonly Attributor? _attributor;
    private readonly UnavailableAttributor _fallback = new();

    public ModelAttributor(IOptions<CaaaOptions> options, ILogger<ModelAttributor> logger)
    {
        var model = options.Value.Model;
        try
        {
            var loaded = AttributionModel.Load(model.Path);
            _attributor = new Attributor(loaded, new AttributionPolicyOptions
            {
                ConfidenceThreshold = model.ConfidenceThreshold,
                MinimumLoadRatio = model.MinimumLoadRatio,
                FaultMargin = model.FaultMargin,
                FaultWithoutSurge = model.FaultWithoutSurge,
            });
            Version = $"{Path.GetFileName(model.Path)}:{loaded.Info.Version}";
            LogLoaded(logger, model.Path, loaded.Info.Version);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Version = "none";
            LogNotLoaded(logger, model.Path, exception.Message);
        }
    }

    public bool IsLoaded => _attributor is not null;

    public string Version { get; }

    public AttributionResult Attribute(Incident incident, EvidenceQuality quality)
    {
        if (_attributor is null)
        {
            return _fallback.Attribute(incident, quality);
        }

        var outcome = _attributor.Attribute(incident, quality);
        return new AttributionResult(outcome.Attribution, outcome.Features.Values);
    }

    [LoggerMessage(EventId = 1, EventName = "ModelLoaded", Level = LogLevel.Information,
        Message = "Attribution model {Path} loaded (version {Version})")]
    private static partial void LogLoaded(ILogger logger, string path, string version);

    [LoggerMessage(EventId = 2, EventName = "ModelNotLoaded", Level = LogLevel.Error,
        Message = "Attribution model {Path} could not be loaded: {Reason}. Every alert is UNKNOWN until it is.")]
    private static partial void LogNotLoaded(ILogger logger, string path, string reason);
}
