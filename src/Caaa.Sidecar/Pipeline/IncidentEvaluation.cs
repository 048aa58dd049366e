using Caaa.Core.Attribution;
using Caaa.Sidecar.Evidence;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Pipeline;

/// <summary>A recorded decision together with the evidence behind it.</summary>
internal sealed record IncidentEvaluation(AttributionRecord Record, Attribution Attribution, IncidentEvidence Evidence);
