using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// Plugs Caaa.Core's <see cref="Attributor"/> into the sidecar's port, as the production wiring will once
/// the sidecar loads its model itself (it registers only a stand-in today).
/// </summary>
internal sealed class ModelAttributor(AttributionModel model) : IIncidentAttributor, IModelState
{
    private readonly Attributor _attributor = new(model, new AttributionPolicyOptions());

    public bool IsLoaded => true;

    public string Version => model.Info.Version;

    public Sidecar.Pipeline.AttributionOutcome Attribute(Incident incident, EvidenceQuality quality)
    {
        var outcome = _attributor.Attribute(incident, quality);
        return new Sidecar.Pipeline.AttributionOutcome(outcome.Attribution, outcome.Features.Values);
    }
}
