namespace Caaa.Core.Metrics;

/// <summary>
/// Service × signal × time: every series shares one time axis; a missing sample is NaN, never zero.
/// </summary>
public sealed class MetricFrame
{
    private readonly Dictionary<(string Service, Signal Signal), double[]> _series;

    /// <summary>Every series by service (ordinal), then signal: sorted once, the frame's keys never change.</summary>
    private readonly (string Service, Signal Signal, double[] Values)[] _ordered;

    private readonly IReadOnlyList<(string Service, Signal Signal, double[] Values)> _orderedView;

    internal MetricFrame(
        IReadOnlyList<DateTimeOffset> timestamps,
        Dictionary<(string Service, Signal Signal), double[]> series)
    {
        Timestamps = timestamps;
        _series = series;
        _ordered = series.OrderBy(kv => kv.Key.Service, StringComparer.Ordinal).ThenBy(kv => kv.Key.Signal)
            .Select(kv => (kv.Key.Service, kv.Key.Signal, kv.Value))
            .ToArray();
        _orderedView = Array.AsReadOnly(_ordered);
        Services = _ordered.Select(s => s.Service).Distinct(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public IReadOnlyList<string> Services { get; }

    public int Length => Timestamps.Count;

    /// <summary>How many series the frame holds (service × signal pairs that were measured).</summary>
    public int SeriesCount => _ordered.Length;

    /// <summary>The series of one service and signal, or null when it was not measured.</summary>
    public double[]? this[string service, Signal signal] =>
        _series.TryGetValue((service, signal), out var values) ? values : null;

    public bool Has(Signal signal) => _series.Keys.Any(k => k.Signal == signal);

    /// <summary>The series of one signal by service (ordinal).</summary>
    public IEnumerable<(string Service, double[] Values)> Series(Signal signal) =>
        _ordered.Where(s => s.Signal == signal).Select(s => (s.Service, s.Values));

    /// <summary>Every series by service (ordinal), then signal; sorted when the frame was built.</summary>
    public IReadOnlyList<(string Service, Signal Signal, double[] Values)> AllSeries() => _orderedView;

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
