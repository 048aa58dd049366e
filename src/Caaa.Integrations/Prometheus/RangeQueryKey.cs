namespace Caaa.Integrations.Prometheus;

/// <summary>Identifies a range query after its step was planned: the same key means the same answer.</summary>
internal readonly record struct RangeQueryKey(string Query, DateTimeOffset Start, DateTimeOffset End, TimeSpan Step);
