namespace Caaa.Core.Metrics;

/// <summary>
/// Service × signal × time: every series shares one time axis; a missing sample is NaN, never zero.
/// </summary>
public sealed class MetricFrame
{
    private readonly Dictionary<(string Service, Signal Signal), double[]> _series;

    internal MetricFrame(
        IReadOnlyList<DateTimeOffset> timestamps,
        Dictionary<(string Service, Signal Signal), double[]> series)
    {
        Timestamps = timestamps;
        _series = series;
        Services = series.Keys.Select(k => k.Service).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public IReadOnlyList<string> Services { get; }

    public int Length => Timestamps.Count;

    /// <summary>The series of one service and signal, or null when it was not measured.</summary>
    public double[]? this[string service, Signal signal] =>
        _series.TryGetValue((service, signal), out var values) ? values : null;

    public bool Has(Signal signal) => _series.Keys.Any(k => k.Signal == signal);

    public IEnumerable<(string Service, double[] Values)> Series(Signal signal) =>
        _series.Where(kv => kv.Key.Signal == signal)
            .OrderBy(kv => kv.Key.Service, StringComparer.Ordinal)
            .Select(kv => (kv.Key.Service, kv.Value));

    public IEnumerable<(string Service, Signal Signal, double[] Values)> AllSeries() =>
        _series.OrderBy(kv => kv.Key.Service, StringComparer.Ordinal).ThenBy(kv => kv.Key.Signal)
            .Select(kv => (kv.Key.Service, kv.Key.Signal, kv.Value));

    /// <summary>The index of the first sample at or after <paramref name="instant"/>.</summary>
    public int IndexAt(DateTimeOffset instant)
    {
        for (var i = 0; i < Timestamps.Count; i++)
        {
            if (Timestamps[i] >= instant)
            {
                return i;
            }
        }

        return Timestamps.Count;
    }

    /// <summary>A new frame holding the samples in [from, to).</summary>
    public MetricFrame Slice(int from, int to)
    {
        var builder = new MetricFrameBuilder(Timestamps.Skip(from).Take(to - from).ToArray());
        foreach (var (service, signal, values) in AllSeries())
        {
            builder.Set(service, signal, values[from..to]);
        }

        return builder.Build();
    }
}
