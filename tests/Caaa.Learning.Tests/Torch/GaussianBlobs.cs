using Gaussian = MathNet.Numerics.Distributions.Normal;

namespace Caaa.Learning.Tests.Torch;

/// <summary>Two well-separated Gaussian clouds: Fault around -2, ExpectedLoad around +2, on odd scales.</summary>
internal static class GaussianBlobs
{
    public const int Features = 4;

    private static readonly double[] Scales = [1, 10, 0.1, 1000];

    public static (float[][] X, int[] Y) Sample(int perClass, int seed)
    {
        var random = new Random(seed);
        var rows = new List<float[]>();
        var labels = new List<int>();
        for (var i = 0; i < perClass * 2; i++)
        {
            var label = i % 2;
            var centre = label == 0 ? -2.0 : 2.0;
            rows.Add(Enumerable.Range(0, Features)
                .Select(f => (float)(Scales[f] * Gaussian.Sample(random, centre, 1)))
                .ToArray());
            labels.Add(label);
        }

        return (rows.ToArray(), labels.ToArray());
    }
}
