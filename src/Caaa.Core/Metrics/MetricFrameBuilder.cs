namespace Caaa.Core.Metrics;

/// <summary>Assembles a <see cref="MetricFrame"/>; every series must match the time axis.</summary>
public sealed class MetricFrameBuilder
{
    private readonly IReadOnlyList<DateTimeOffset> _timestamps;
    private readonly Dictionary<(string, Signal), double[]> _series = [];

    public MetricFrameBuilder(IReadOnlyList<DateTimeOffset> timestamps)
    {
        _timestamps = timestamps;
    }

    public MetricFrameBuilder Set(string service, Signal signal, double[] values)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        if (values.Length != _timestamps.Count)
        {
            throw new ArgumentException(
                $"Series {service}/{signal} has {values.Length} samples; the frame has {_timestamps.Count}.",
                nameof(values));
        }

        _series[(service, signal)] = values;
        return this;
    }

    public MetricFrame Build() => new(_timestamps, new(_series));
}
