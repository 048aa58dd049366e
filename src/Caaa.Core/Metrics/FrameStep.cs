namespace Caaa.Core.Metrics;

/// <summary>
/// Puts a frame on a fixed step the way a Prometheus range query does: at every multiple of the step
/// (counted from the Unix epoch) the value is the latest sample at or before that instant, if it is
/// no older than the lookback delta. Features read the same grid whether the samples came from a
/// dataset at 1 s or 60 s resolution or from the sidecar's own range queries, so a model trained
/// offline sees online what it learnt on.
/// </summary>
public static class FrameStep
{
    /// <summary>The step every feature is computed at; the sidecar's default evidence step.</summary>
    public static readonly TimeSpan Analysis = TimeSpan.FromSeconds(15);

    /// <summary>Prometheus's default lookback delta: an older sample is stale.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The frame on <paramref name="step"/>; a frame already on that grid (as Prometheus returns it)
    /// comes back unchanged, since its gaps were already judged stale upstream.
    /// </summary>
    public static MetricFrame Align(MetricFrame frame, TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        if (frame.Length == 0 || IsOnGrid(frame.Timestamps, step))
        {
            return frame;
        }

        var grid = Grid(frame.Timestamps[0], frame.Timestamps[^1], step);
        var builder = new MetricFrameBuilder(grid);
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            builder.Set(service, signal, Sample(frame.Timestamps, values, grid));
        }

        return builder.Build();
    }

    private static bool IsOnGrid(IReadOnlyList<DateTimeOffset> timestamps, TimeSpan step)
    {
        for (var i = 0; i < timestamps.Count; i++)
        {
            var offGrid = timestamps[i].ToUnixTimeMilliseconds() % (long)step.TotalMilliseconds != 0;
            if (offGrid || (i > 0 && timestamps[i] - timestamps[i - 1] != step))
            {
                return false;
            }
        }

        return true;
    }

    private static DateTimeOffset[] Grid(DateTimeOffset first, DateTimeOffset last, TimeSpan step)
    {
        var stepMs = (long)step.TotalMilliseconds;
        var firstMs = first.ToUnixTimeMilliseconds();
        var start = (firstMs + stepMs - 1) / stepMs * stepMs;
        var end = last.ToUnixTimeMilliseconds() / stepMs * stepMs;
        var count = end < start ? 0 : (int)((end - start) / stepMs) + 1;
        var grid = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            grid[i] = DateTimeOffset.FromUnixTimeMilliseconds(start + (i * stepMs));
        }

        return grid;
    }

    /// <summary>The latest sample (NaN = none) at or before each grid instant, NaN when stale or absent.</summary>
    private static double[] Sample(IReadOnlyList<DateTimeOffset> timestamps, double[] values, DateTimeOffset[] grid)
    {
        var sampled = new double[grid.Length];
        var source = 0;
        var latest = -1;
        for (var i = 0; i < grid.Length; i++)
        {
            while (source < timestamps.Count && timestamps[source] <= grid[i])
            {
                latest = double.IsNaN(values[source]) ? latest : source;
                source++;
            }

            var fresh = latest >= 0 && grid[i] - timestamps[latest] <= Lookback;
            sampled[i] = fresh ? values[latest] : double.NaN;
        }

        return sampled;
    }
}
