using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using Caaa.Integrations;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// Queries every configured signal around the onset and assembles the frame. A signal that fails or
/// cannot be templated makes the metrics partial; none answering makes them missing.
/// </summary>
internal sealed class MetricEvidenceCollector
{
    private readonly IPrometheusClient _prometheus;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<MetricEvidenceCollector> _logger;

    public MetricEvidenceCollector(
        IPrometheusClient prometheus,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<MetricEvidenceCollector> logger)
    {
        _prometheus = prometheus;
        _metrics = metrics;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<(MetricFrame Frame, bool Missing, bool Partial)> CollectAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken)
    {
        var evidence = _options.Value.Evidence;
        // Both ends fall on multiples of the step, so alerts of one storm ask identical queries that the
        // client coalesces and caches, instead of one query per alert ending at its own "now".
        var step = evidence.StepValue;
        var start = Floor(SaturatingTime.Subtract(onset, evidence.LookbackValue), step);
        var end = Floor(Min(SaturatingTime.Add(onset, evidence.LookaheadValue), _timeProvider.GetUtcNow()), step);
        var assembler = new MetricFrameAssembler();
        if (end <= start)
        {
            return (assembler.Build(), Missing: true, Partial: false);
        }

        // A query that succeeds with no series is an answer (that signal is not measured, or a rate
        // of errors that never happened); only failed queries and warnings make the evidence partial.
        var withData = 0;
        var partial = false;
        foreach (var signal in evidence.Signals)
        {
            var outcome = await QuerySignalAsync(signal, labels, start, end, assembler, cancellationToken);
            withData += outcome.HasData ? 1 : 0;
            partial |= outcome.Partial;
        }

        return (assembler.Build(), Missing: withData == 0, Partial: withData > 0 && partial);
    }

    private async Task<(bool HasData, bool Partial)> QuerySignalAsync(
        SignalQueryOptions signal,
        IReadOnlyDictionary<string, string> labels,
        DateTimeOffset start,
        DateTimeOffset end,
        MetricFrameAssembler assembler,
        CancellationToken cancellationToken)
    {
        var query = PromQlTemplate.Fill(signal.Query, labels, out var missingLabel);
        if (query is null)
        {
            EvidenceLog.SignalTemplateUnfilled(_logger, signal.Signal, missingLabel!);
            return (false, true);
        }

        RangeQueryResult result;
        try
        {
            // Durations are observed per HTTP exchange by the client (IUpstreamObserver).
            result = await _prometheus.QueryRangeAsync(query, start, end, _options.Value.Evidence.StepValue,
                cancellationToken);
        }
        catch (UpstreamException exception)
        {
            _metrics.CountUpstreamFailure(exception);
            EvidenceLog.SignalQueryFailed(_logger, signal.Signal, exception.Reason, exception.Message);
            return (false, true);
        }

        AddSeries(signal, labels, result, assembler);
        return (result.Series.Count > 0, result.Partial);
    }

    private void AddSeries(
        SignalQueryOptions signal,
        IReadOnlyDictionary<string, string> labels,
        RangeQueryResult result,
        MetricFrameAssembler assembler)
    {
        var parsed = Enum.Parse<Signal>(signal.Signal, ignoreCase: true);
        var serviceLabel = _options.Value.Evidence.ServiceLabel;
        var fallback = labels.GetValueOrDefault(serviceLabel) is { Length: > 0 } own ? own : "all";
        foreach (var series in result.Series)
        {
            var service = series.Metric.GetValueOrDefault(serviceLabel) is { Length: > 0 } value ? value : fallback;
            assembler.Add(parsed, service, series.Samples);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Floor(DateTimeOffset instant, TimeSpan step) =>
        step <= TimeSpan.Zero ? instant : new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % step.Ticks), TimeSpan.Zero);
}
