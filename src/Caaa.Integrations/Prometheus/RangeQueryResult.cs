namespace Caaa.Integrations.Prometheus;

/// <summary>A matrix answer; <see cref="Warnings"/> non-empty means the answer may be partial.</summary>
public sealed record RangeQueryResult(IReadOnlyList<RangeSeries> Series, IReadOnlyList<string> Warnings)
{
    public bool Partial => Warnings.Count > 0;
}

/// <summary>One series: its labels and its samples in time order (values may be NaN or ±Inf).</summary>
public sealed record RangeSeries(IReadOnlyDictionary<string, string> Metric, IReadOnlyList<Sample> Samples);

public readonly record struct Sample(DateTimeOffset Timestamp, double Value);
