using System.Collections.Concurrent;
using Caaa.Integrations;
using Caaa.Integrations.Prometheus;

namespace Caaa.Sidecar.Tests.Support;

/// <summary>Answers each query with a series per service, a sample per step; or fails like a down Prometheus.</summary>
internal sealed class FakePrometheusClient : IPrometheusClient
{
    public ConcurrentQueue<string> Queries { get; } = new();

    public bool Unreachable { get; set; }

    /// <summary>Thrown from every query when set: a bug or fault no upstream handling expects.</summary>
    public Exception? Crash { get; set; }

    public IReadOnlyList<string> Services { get; set; } = ["checkout"];

    /// <summary>The sample value for a query at an instant; 1 everywhere unless a test says otherwise.</summary>
    public Func<string, DateTimeOffset, double> Value { get; set; } = (_, _) => 1.0;

    public Task<RangeQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken)
    {
        Queries.Enqueue(query);
        if (Crash is not null)
        {
            throw Crash;
        }

        if (Unreachable)
        {
            throw new UpstreamException("prometheus", UpstreamFailure.Unavailable, retryable: true,
                "503 Service Unavailable");
        }

        var series = Services.Select(service => new RangeSeries(
            new Dictionary<string, string> { ["service"] = service },
            Samples(query, start, end, step))).ToArray();
        return Task.FromResult(new RangeQueryResult(series, []));
    }

    private Sample[] Samples(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var samples = new List<Sample>();
        for (var t = start; t <= end; t += step)
        {
            samples.Add(new Sample(t, Value(query, t)));
        }

        return [.. samples];
    }
}
