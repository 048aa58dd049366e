using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// Plugs Caaa.Core's <see cref="Attributor"/> into the sidecar's port with a model trained in memory (the
/// sidecar's own wiring loads one from a file).
/// </summary>
internal sealed class ModelAttributor(AttributionModel model) : IIncidentAttributor, IModelState
{
    private readonly Attributor _attributor = new(model, new AttributionPolicyOptions());

    public bool IsLoaded => true;

    public string Version => model.Info.Version;

    public AttributionResult Attribute(Incident incident, EvidenceQuality quality)
    {
        var outcome = _attributor.Attribute(incident, quality);
        return new AttributionResult(outcome.Attribution, outcome.Features.Values);
    }
}
