using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>Averages a finely sampled frame into coarser buckets (NaN samples are left out of a mean).</summary>
internal static class FrameResampler
{
    /// <summary>
    /// Buckets of <paramref name="step"/> aligned on <paramref name="anchor"/>, so that a bucket never mixes
    /// samples from both sides of the anchor (the fault onset).
    /// </summary>
    public static MetricFrame Downsample(MetricFrame frame, TimeSpan step, DateTimeOffset anchor)
    {
        var buckets = frame.Timestamps.Select(t => (long)Math.Floor((t - anchor) / step)).ToArray();
        var keys = buckets.Distinct().Order().ToArray();
        var position = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var builder = new MetricFrameBuilder(keys.Select(k => anchor + (step * k)).ToArray());

        foreach (var (service, signal, values) in frame.AllSeries())
        {
            var sums = new double[keys.Length];
            var counts = new int[keys.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    sums[position[buckets[i]]] += values[i];
                    counts[position[buckets[i]]]++;
                }
            }

            builder.Set(service, signal, sums.Select((s, i) => counts[i] == 0 ? double.NaN : s / counts[i]).ToArray());
        }

        return builder.Build();
    }

    /// <summary>Median spacing of the time axis; TimeSpan.Zero for fewer than two samples.</summary>
    public static TimeSpan MedianStep(IReadOnlyList<DateTimeOffset> timestamps)
    {
        if (timestamps.Count < 2)
        {
            return TimeSpan.Zero;
        }

        var gaps = timestamps.Zip(timestamps.Skip(1), (a, b) => (b - a).Ticks).Order().ToArray();
        return TimeSpan.FromTicks(gaps[gaps.Length / 2]);
    }
}
