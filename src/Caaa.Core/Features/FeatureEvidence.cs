using Caaa.Core.Detection;

namespace Caaa.Core.Features;

/// <summary>A feature vector with what it was computed from (detector scores, shifts, context).</summary>
internal sealed record FeatureEvidence(FeatureVector Features, FeatureInputs Inputs)
{
    public DetectorScore Score => Inputs.Score;
}
