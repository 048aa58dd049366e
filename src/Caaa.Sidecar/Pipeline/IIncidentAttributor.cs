using Caaa.Core.Attribution;
using Caaa.Core.Incidents;

namespace Caaa.Sidecar.Pipeline;

/// <summary>The sidecar's port to Caaa.Core's attributor: features, model and policy for one incident.</summary>
public interface IIncidentAttributor
{
    AttributionOutcome Attribute(Incident incident, EvidenceQuality quality);
}
