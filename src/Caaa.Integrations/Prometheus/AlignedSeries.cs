namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Several series on one shared time axis. <c>Values[s][t]</c> is series <c>s</c> at
/// <c>Timestamps[t]</c>, or NaN where that series has no sample: a gap is missing, never zero.
/// </summary>
public sealed record AlignedSeries(
    IReadOnlyList<DateTimeOffset> Timestamps,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Metrics,
    IReadOnlyList<double[]> Values)
{
    /// <summary>
    /// Combines two series point by point, only where both have a finite value; NaN elsewhere
    /// (e.g. an error ratio computed only where both counters were scraped).
    /// </summary>
    public double[] Combine(int left, int right, Func<double, double, double> combine)
    {
        ArgumentNullException.ThrowIfNull(combine);
        var a = Values[left];
        var b = Values[right];
        var result = new double[Timestamps.Count];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = double.IsFinite(a[t]) && double.IsFinite(b[t]) ? combine(a[t], b[t]) : double.NaN;
        }

        return result;
    }
}
