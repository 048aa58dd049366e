using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Metrics;

namespace Caaa.Sidecar.Evidence;

/// <summary>What was gathered for one incident, and how complete it was.</summary>
internal sealed record IncidentEvidence(MetricFrame Frame, IncidentContext Context, EvidenceQuality Quality);
