using Caaa.Core.Metrics;
using MathNet.Numerics.Statistics;

namespace Caaa.Learning.Torch;

/// <summary>
/// Turns a <see cref="MetricFrame"/> into (time × feature) windows for the <see cref="LstmAutoencoder"/>.
/// </summary>
/// <remarks>
/// One feature per <see cref="Signal"/>, in enum order (Cpu, Memory, Load, Latency, Errors), so every incident
/// has the same five features however many services it spans. Each service's series is z-normalised over the
/// whole frame (services of different scale weigh the same), then the feature at a time step is the mean over
/// services of their z-scores: a system-wide movement stands out, a single noisy service is damped.
/// Gaps (NaN, or an infinite sample) are left out of the mean; a step where no service has a sample repeats
/// the previous step's value (0, the series mean, before the first sample); a signal the frame lacks is 0.
/// </remarks>
internal static class LstmWindowing
{
    public static int FeatureCount { get; } = Enum.GetValues<Signal>().Length;

    /// <summary>
    /// Windows of <paramref name="length"/> steps taken every <paramref name="stride"/> steps (default: the length,
    /// so windows do not overlap); empty when the frame is shorter than one window.
    /// </summary>
    public static IReadOnlyList<float[,]> FromFrame(MetricFrame frame, int length, int? stride = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        var step = stride ?? length;
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1, nameof(stride));

        var signals = Aggregate(frame);
        var windows = new List<float[,]>();
        for (var start = 0; start + length <= frame.Length; start += step)
        {
            windows.Add(Slice(signals, start, length));
        }

        return windows;
    }

    /// <summary>One aggregate series per signal over the whole frame, as [signal][time].</summary>
    internal static float[][] Aggregate(MetricFrame frame) =>
        Enum.GetValues<Signal>()
            .Select(signal => MeanOfZScores(frame.Series(signal).Select(s => ZScores(s.Values)).ToList(), frame.Length))
            .ToArray();

    private static float[,] Slice(float[][] signals, int start, int length)
    {
        var window = new float[length, signals.Length];
        for (var t = 0; t < length; t++)
        {
            for (var f = 0; f < signals.Length; f++)
            {
                window[t, f] = signals[f][start + t];
            }
        }

        return window;
    }

    private static double[] ZScores(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return values.Select(_ => double.NaN).ToArray();
        }

        var mean = finite.Mean();
        var deviation = finite.PopulationStandardDeviation();

        // A flat series (or a single sample) carries no movement; its z-scores are zero, not a division by zero.
        var scale = finite.Length > 1 && deviation > 1e-12 ? deviation : double.PositiveInfinity;
        return values.Select(v => double.IsFinite(v) ? (v - mean) / scale : double.NaN).ToArray();
    }

    private static float[] MeanOfZScores(List<double[]> services, int length)
    {
        var result = new float[length];
        var previous = 0f;
        for (var t = 0; t < length; t++)
        {
            var present = services.Select(s => s[t]).Where(double.IsFinite).ToArray();
            previous = present.Length > 0 ? (float)present.Average() : previous;
            result[t] = previous;
        }

        return result;
    }
}
