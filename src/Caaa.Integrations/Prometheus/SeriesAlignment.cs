namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Joins range-query series by timestamp (never by index: a series with gaps would shift) and does
/// client-side counter arithmetic the way PromQL's <c>increase</c> does, resets included.
/// </summary>
public static class SeriesAlignment
{
    public static AlignedSeries Align(IReadOnlyList<RangeSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var timestamps = series
            .SelectMany(s => s.Samples)
            .Select(sample => sample.Timestamp)
            .Distinct()
            .Order()
            .ToArray();
        var position = new Dictionary<DateTimeOffset, int>(timestamps.Length);
        for (var t = 0; t < timestamps.Length; t++)
        {
            position[timestamps[t]] = t;
        }

        var values = series.Select(s => Spread(s.Samples, position, timestamps.Length)).ToArray();
        return new AlignedSeries(timestamps, series.Select(s => s.Metric).ToArray(), values);
    }

    /// <summary>
    /// The increase of a counter over its samples: a decrease is a reset (the counter restarted at
    /// zero), so the value after it counts in full. Non-finite samples are skipped.
    /// </summary>
    public static double CounterIncrease(IEnumerable<Sample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var increase = 0.0;
        double? previous = null;
        foreach (var sample in samples.Where(s => double.IsFinite(s.Value)).OrderBy(s => s.Timestamp))
        {
            if (previous is { } before)
            {
                increase += sample.Value >= before ? sample.Value - before : sample.Value;
            }

            previous = sample.Value;
        }

        return increase;
    }

    private static double[] Spread(IReadOnlyList<Sample> samples, Dictionary<DateTimeOffset, int> position, int length)
    {
        var values = new double[length];
        Array.Fill(values, double.NaN);
        foreach (var sample in samples)
        {
            values[position[sample.Timestamp]] = sample.Value;
        }

        return values;
    }
}
