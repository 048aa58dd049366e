using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Core.Tests.Support;

/// <summary>
/// Feature vectors where only load_ratio and cost_per_request_change carry the class (load: traffic
/// up, cost steady; fault: traffic flat, cost up); every other feature is noise.
/// </summary>
internal static class TrainingSets
{
    private static readonly int LoadRatio = FeatureNames.IndexOf("load_ratio");
    private static readonly int Cost = FeatureNames.IndexOf("cost_per_request_change");

    public static (FeatureVector[] Features, AttributionClass[] Labels) Separable(int count, int seed)
    {
        var random = new Random(seed);
        var features = new FeatureVector[count];
        var labels = new AttributionClass[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = i % 2 == 0 ? AttributionClass.Fault : AttributionClass.ExpectedLoad;
            features[i] = Vector(random, labels[i] == AttributionClass.Fault);
        }

        return (features, labels);
    }

    public static FeatureVector Vector(Random random, bool fault)
    {
        var values = Enumerable.Range(0, FeatureNames.All.Count).Select(_ => (float)random.NextDouble()).ToArray();
        values[LoadRatio] = fault ? 0.9f + (0.2f * (float)random.NextDouble()) : 1.8f + (float)random.NextDouble();
        values[Cost] = fault ? 2.5f + (2f * (float)random.NextDouble()) : 0.9f + (0.2f * (float)random.NextDouble());
        return new FeatureVector(values);
    }
}
