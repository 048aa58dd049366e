using Caaa.Integrations.Http;
using Microsoft.Extensions.Options;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// <c>query_range</c> against any Prometheus-compatible backend: plans the step, spells parameters
/// the portable way, coalesces identical queries, and turns every failure into an
/// <see cref="UpstreamException"/>.
/// </summary>
internal sealed class PrometheusClient : IPrometheusClient
{
    private readonly IPrometheusApi _api;
    private readonly PrometheusOptions _options;
    private readonly RangeQueryCache _cache;
    private readonly UpstreamCall _call;

    public PrometheusClient(
        IPrometheusApi api,
        IOptions<PrometheusOptions> options,
        RangeQueryCache cache,
        IUpstreamObserver observer,
        TimeProvider timeProvider)
    {
        _api = api;
        _options = options.Value;
        _cache = cache;
        _call = new UpstreamCall(UpstreamNames.Prometheus, observer, timeProvider);
    }

    /// <summary>HTTP calls made so far by every client sharing this cache (for benchmarks).</summary>
    public long HttpCallCount => _cache.FetchCount;

    public Task<RangeQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        if (end < start)
        {
            throw new ArgumentException($"The range ends ({end:O}) before it starts ({start:O}).", nameof(end));
        }

        var planned = StepPlanner.Choose(start, end, step, _options.MaxPointsPerSeries);
        var key = new RangeQueryKey(query, start, end, planned);
        return _cache.GetOrFetchAsync(key, () => FetchAsync(key)).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs without the caller's token: other callers may be waiting on the same fetch, and the
    /// resilience pipeline's timeouts bound it.
    /// </summary>
    private Task<RangeQueryResult> FetchAsync(RangeQueryKey key) =>
        _call.RunAsync(token => SendAndReadAsync(key, token), CancellationToken.None);

    private async Task<RangeQueryResult> SendAndReadAsync(RangeQueryKey key, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(key, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await PrometheusErrorClassifier.ClassifyAsync(response, cancellationToken);
            throw error.ToException(UpstreamNames.Prometheus);
        }

        if (!ResponseText.IsJson(response))
        {
            throw new UpstreamException(UpstreamNames.Prometheus, UpstreamFailure.InvalidResponse, false,
                $"Prometheus answered {(int)response.StatusCode} with '{ResponseText.MediaTypeOf(response)}', not JSON.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await QueryRangeReader.ParseAsync(body, cancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(RangeQueryKey key, CancellationToken cancellationToken)
    {
        var start = PrometheusFormat.UnixSeconds(key.Start);
        var end = PrometheusFormat.UnixSeconds(key.End);
        var step = PrometheusFormat.Seconds(key.Step);
        if (key.Query.Length <= _options.PostQueryThreshold)
        {
            return _api.QueryRangeAsync(key.Query, start, end, step, cancellationToken);
        }

        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["query"] = key.Query,
            ["start"] = start,
            ["end"] = end,
            ["step"] = step,
        };
        return _api.QueryRangeByPostAsync(form, cancellationToken);
    }
}
