using System.Diagnostics;
using Caaa.Core.Detection;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>
/// Turns an incident into the fixed feature vector; the one implementation behind training,
/// evaluation and the sidecar. Stateless and thread-safe.
/// </summary>
internal sealed class FeatureExtractor
{
    private readonly ZScoreDetector _detector = new();

    public FeatureVector Extract(Incident incident) => ExtractWithEvidence(incident).Features;

    /// <summary>The features plus the intermediate evidence the reasons are written from.</summary>
    public FeatureEvidence ExtractWithEvidence(Incident incident)
    {
        // One grid for every source: a dataset's resolution must not be what the model learns.
        var frame = FrameStep.Align(incident.Frame, FrameStep.Analysis);
        var window = IncidentWindow.At(frame, incident.Onset);
        var inputs = new FeatureInputs(incident, window, _detector.Score(window));

        var values = new double[FeatureNames.All.Count];
        WorkloadFeatures.Write(inputs, values.AsSpan(0, 6));
        BehaviouralFeatures.Write(inputs, values.AsSpan(6, 6));
        ContextFeatures.Write(inputs, values.AsSpan(12, 5));
        AdditionalFeatures.Write(inputs, values.AsSpan(17, AdditionalFeatures.Count));

        return new FeatureEvidence(new FeatureVector(ToFinite(values)), inputs);
    }

    private static float[] ToFinite(double[] values)
    {
        var features = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            // Every family clamps its own output; this only keeps a future slip from reaching the model.
            Debug.Assert(double.IsFinite(values[i]), $"{FeatureNames.All[i]} is not finite.");
            features[i] = double.IsFinite(values[i]) ? (float)values[i] : 0f;
        }

        return features;
    }
}
