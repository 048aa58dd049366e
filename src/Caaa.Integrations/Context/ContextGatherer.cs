using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Microsoft.Extensions.Logging;

namespace Caaa.Integrations.Context;

/// <summary>
/// Asks every context source in parallel about [onset − lookback, onset + lookahead]. Fails soft: a
/// source that throws or hangs is reported to the observer and marks the context incomplete, and
/// the good sources' events are still returned. Only the caller's own cancellation escapes.
/// </summary>
internal sealed partial class ContextGatherer
{
    private readonly IReadOnlyList<IContextSource> _sources;
    private readonly ContextGathererOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ContextGatherer> _logger;
    private readonly IContextFailureObserver? _observer;

    public ContextGatherer(
        IEnumerable<IContextSource> sources,
        ContextGathererOptions options,
        TimeProvider timeProvider,
        ILogger<ContextGatherer> logger,
        IContextFailureObserver? observer = null)
    {
        _sources = [.. sources];
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _observer = observer;
    }

    public async Task<IncidentContext> GatherAsync(DateTimeOffset onset, CancellationToken cancellationToken)
    {
        var from = SaturatingTime.Subtract(onset, _options.Lookback);
        var to = SaturatingTime.Add(onset, _options.Lookahead);

        var answers = await Task.WhenAll(_sources.Select(s => QueryAsync(s, from, to, cancellationToken)));

        var events = answers
            .SelectMany(a => a ?? [])
            .Distinct(ContextEventComparer.Instance)
            .OrderBy(e => e.Start)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new IncidentContext(events, Complete: answers.All(a => a is not null));
    }

    /// <returns>The source's events, or null when it failed (already reported).</returns>
    private async Task<IReadOnlyList<ContextEvent>?> QueryAsync(
        IContextSource source,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // WaitAsync stops waiting even for a source that ignores its token.
            return await source.GetEventsAsync(from, to, abandon.Token)
                .WaitAsync(_options.Timeout, _timeProvider, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException exception)
        {
            await abandon.CancelAsync();
            Report(source, new UpstreamException(
                UpstreamOf(source),
                UpstreamFailure.Timeout,
                retryable: true,
                $"{source.Name}: no answer within {_options.Timeout.TotalSeconds:0.###} s.",
                exception));
        }
        catch (Exception exception)
        {
            Report(source, UpstreamErrors.Classify(UpstreamOf(source), source.Name, exception));
        }

        return null;
    }

    private void Report(IContextSource source, UpstreamException failure)
    {
        LogSourceFailed(_logger, source.Name, failure.Upstream, failure.Reason, failure.Message);
        _observer?.OnSourceFailed(source.Name, failure);
    }

    // Every source wired by AddCaaaContextSources is a CachedContextSource and knows its upstream;
    // a bare source (tests, custom code) is counted as a calendar.
    private static string UpstreamOf(IContextSource source) =>
        source is CachedContextSource cached ? cached.Upstream : ContextUpstreams.Calendar;

    [LoggerMessage(
        EventId = 3101,
        EventName = "ContextSourceFailed",
        Level = LogLevel.Warning,
        Message = "Context source {SourceName} ({Upstream}) failed: {Reason}: {Detail}")]
    private static partial void LogSourceFailed(
        ILogger logger,
        string sourceName,
        string upstream,
        UpstreamFailure reason,
        string detail);
}
