using Caaa.Core.Metrics;
using Caaa.Integrations.Prometheus;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// Joins range-query series by timestamp into one frame: the time axis is the union of all sample
/// times, and a service without a sample at a time has NaN there (never zero, never index-aligned).
/// </summary>
internal sealed class MetricFrameAssembler
{
    private readonly Dictionary<(string Service, Signal Signal), Dictionary<DateTimeOffset, double>> _series = [];

    public void Add(Signal signal, string service, IEnumerable<Sample> samples)
    {
        if (!_series.TryGetValue((service, signal), out var values))
        {
            _series[(service, signal)] = values = [];
        }

        foreach (var sample in samples)
        {
            // Series a template did not aggregate to one per service are summed; NaN never hides a value.
            values[sample.Timestamp] = values.TryGetValue(sample.Timestamp, out var existing) && !double.IsNaN(existing)
                ? double.IsNaN(sample.Value) ? existing : existing + sample.Value
                : sample.Value;
        }
    }

    public MetricFrame Build()
    {
        var timestamps = _series.Values.SelectMany(v => v.Keys).Distinct().Order().ToArray();
        var builder = new MetricFrameBuilder(timestamps);
        foreach (var ((service, signal), values) in _series)
        {
            var column = new double[timestamps.Length];
            for (var i = 0; i < timestamps.Length; i++)
            {
                column[i] = values.TryGetValue(timestamps[i], out var value) ? value : double.NaN;
            }

            builder.Set(service, signal, column);
        }

        return builder.Build();
    }
}
