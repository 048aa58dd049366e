using Gaussian = MathNet.Numerics.Distributions.Normal;

namespace Caaa.Learning.Tests.Torch;

/// <summary>Smooth periodic (time × feature) windows like quiet normal operation, plus a spiked copy.</summary>
internal static class SyntheticWindows
{
    public const int Length = 24;
    public const int Features = 5;

    public static List<float[,]> Normal(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => NormalWindow(random)).ToList();
    }

    /// <summary>A copy of <paramref name="window"/> with a three-step surge on one feature.</summary>
    public static float[,] WithSpike(float[,] window, int feature = 2, float height = 4f)
    {
        var spiked = (float[,])window.Clone();
        for (var t = 10; t < 13; t++)
        {
            spiked[t, feature] += height;
        }

        return spiked;
    }

    private static float[,] NormalWindow(Random random)
    {
        var window = new float[Length, Features];
        var phase = random.NextDouble() * 2 * Math.PI;
        for (var f = 0; f < Features; f++)
        {
            for (var t = 0; t < Length; t++)
            {
                var angle = (2 * Math.PI * t / Length) + phase + (f * 0.7);
                window[t, f] = (float)(Math.Sin(angle) + Gaussian.Sample(random, 0, 0.05));
            }
        }

        return window;
    }
}
