using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Pipeline;

/// <summary>An attribution and the feature values it was computed from (kept for retraining).</summary>
public sealed record AttributionOutcome(Attribution Attribution, float[] Features);
