using Caaa.Core.Attribution;
using Caaa.Core.Incidents;

namespace Caaa.Sidecar.Pipeline;

/// <summary>
/// Stands in until a real attributor is registered: every incident is UNKNOWN (never silenced) and
/// the sidecar reports itself not ready.
/// </summary>
internal sealed class UnavailableAttributor : IIncidentAttributor, IModelState
{
    public bool IsLoaded => false;

    public string Version => "none";

    public AttributionOutcome Attribute(Incident incident, EvidenceQuality quality) => new(
        new Attribution(AttributionClass.Unknown, 0, new Dictionary<AttributionClass, double>(),
            ["No attribution model is loaded."]),
        []);
}
