using Caaa.Core.Detection;
using Caaa.Core.Features;

namespace Caaa.Core.Attribution;

/// <summary>The verdict plus what it was computed from: the sidecar records the features for retraining.</summary>
internal sealed record AttributionOutcome(Attribution Attribution, FeatureVector Features, DetectorScore Score);
