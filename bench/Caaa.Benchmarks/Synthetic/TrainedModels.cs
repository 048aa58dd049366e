using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Benchmarks.Synthetic;

/// <summary>A small model trained on features extracted from synthetic incidents (half faults, half load).</summary>
internal static class TrainedModels
{
    public static AttributionModel Small(ClassifierKind kind = ClassifierKind.FastForest, int cases = 60)
    {
        var extractor = new FeatureExtractor();
        var features = new FeatureVector[cases];
        var labels = new AttributionClass[cases];
        for (var i = 0; i < cases; i++)
        {
            var fault = i % 2 == 0;
            features[i] = extractor.Extract(SyntheticIncidents.Create(5 + (i % 4), 240, fault, seed: 1000 + i));
            labels[i] = fault ? AttributionClass.Fault : AttributionClass.ExpectedLoad;
        }

        return AttributionModel.Train(features, labels, kind, seed: 7);
    }
}
