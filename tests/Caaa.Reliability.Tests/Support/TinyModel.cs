using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Reliability.Tests.Support;

/// <summary>
/// A real model file, trained in the test on hand-built vectors in which only the request-rate ratio
/// varies: a rise means EXPECTED_LOAD, no rise means FAULT.
/// </summary>
internal static class TinyModel
{
    private static readonly Lazy<string> Trained = new(Train);

    public static string Path => Trained.Value;

    private static string Train()
    {
        var index = FeatureNames.IndexOf("load_ratio");
        var random = new Random(7);
        var features = new List<FeatureVector>();
        var labels = new List<AttributionClass>();
        for (var i = 0; i < 60; i++)
        {
            var load = i % 2 == 0;
            var values = new float[FeatureNames.All.Count];
            values[index] = load ? 2f + (float)(random.NextDouble() * 4) : 0.5f + (float)(random.NextDouble() * 0.6);
            features.Add(new FeatureVector(values));
            labels.Add(load ? AttributionClass.ExpectedLoad : AttributionClass.Fault);
        }

        var model = AttributionModel.Train(features, labels, ClassifierKind.FastForest, seed: 7);
        var path = System.IO.Path.Combine(TestScratch.Root,
            Guid.NewGuid().ToString("N"), "model.zip");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        model.Save(path);
        return path;
    }
}
