using System.Collections.Concurrent;
using Caaa.Integrations;
using Caaa.Integrations.Prometheus;

namespace Caaa.Sidecar.Tests.Support;

/// <summary>Answers every query with one series per service, a sample per step; or fails like a down Prometheus.</summary>
internal sealed class FakePrometheusClient : IPrometheusClient
{
    public ConcurrentQueue<string> Queries { get; } = new();

    public bool Unreachable { get; set; }

    public IReadOnlyList<string> Services { get; set; } = ["checkout"];

    public Task<RangeQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken)
    {
        Queries.Enqueue(query);
        if (Unreachable)
        {
            throw new UpstreamException("prometheus", UpstreamFailure.Unavailable, retryable: true,
                "503 Service Unavailable");
        }

        var series = Services.Select(service => new RangeSeries(
            new Dictionary<string, string> { ["service"] = service },
            Samples(start, end, step))).ToArray();
        return Task.FromResult(new RangeQueryResult(series, []));
    }

    private static Sample[] Samples(DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var samples = new List<Sample>();
        for (var t = start; t <= end; t += step)
        {
            samples.Add(new Sample(t, 1.0));
        }

        return [.. samples];
    }
}
