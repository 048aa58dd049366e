using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Store;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Pipeline;

/// <summary>
/// Runs the pipeline: resumes what the store holds as pending, then processes queued incident ids
/// with bounded concurrency, and sweeps the store now and then for pending incidents nobody queued.
/// </summary>
internal sealed class IncidentWorker : BackgroundService
{
    private readonly IncidentQueue _queue;
    private readonly IncidentStore _incidents;
    private readonly IncidentProcessor _processor;
    private readonly IncidentEvaluator _evaluator;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IncidentWorker> _logger;

    public IncidentWorker(
        IncidentQueue queue,
        IncidentStore incidents,
        IncidentProcessor processor,
        IncidentEvaluator evaluator,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<IncidentWorker> logger)
    {
        _queue = queue;
        _incidents = incidents;
        _processor = processor;
        _evaluator = evaluator;
        _metrics = metrics;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _incidents.ReleaseProcessingAsync(stoppingToken);
        PipelineLog.WorkerResumed(_logger, await SweepAsync(stoppingToken));

        var sweeper = SweepPeriodicallyAsync(stoppingToken);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.Value.Queue.Workers,
            CancellationToken = stoppingToken,
        };
        try
        {
            await Parallel.ForEachAsync(_queue.ReadAllAsync(stoppingToken), parallel, ProcessOneAsync);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: claimed incidents are released below and resume on the next start.
        }

        await sweeper;
        await _incidents.ReleaseProcessingAsync(CancellationToken.None);
    }

    private async ValueTask ProcessOneAsync(string incidentId, CancellationToken cancellationToken)
    {
        if (!await _incidents.TryClaimAsync(incidentId, cancellationToken))
        {
            return;
        }

        try
        {
            if (await _processor.ProcessAsync(incidentId, cancellationToken))
            {
                _queue.Enqueue(incidentId);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _incidents.ReleaseAsync(incidentId, CancellationToken.None);
        }
        catch (Exception exception)
        {
            await FailAsync(incidentId, exception);
        }

        await UpdateQueueDepthAsync(cancellationToken);
    }

    /// <summary>
    /// Counts a failed attempt. On the last one the incident first gets its UNKNOWN decision, then is
    /// marked failed: a crash in between leaves it processing, so the next start resumes and completes it.
    /// </summary>
    private async Task FailAsync(string incidentId, Exception exception)
    {
        var maxAttempts = _options.Value.Queue.MaxAttempts;
        var incident = await _incidents.GetAsync(incidentId, CancellationToken.None);
        var attempt = (incident?.Attempts ?? 0) + 1;
        PipelineLog.ProcessingFailed(_logger, incidentId, attempt, exception);
        if (incident is not null && attempt >= maxAttempts)
        {
            await GiveUpAsync(incident, attempt, exception.Message);
        }

        await _incidents.FailAsync(incidentId, exception.Message, maxAttempts, CancellationToken.None);
    }

    private async Task GiveUpAsync(IncidentRecord incident, int attempts, string error)
    {
        _metrics.IncidentsFailed.Inc();
        PipelineLog.ProcessingAbandoned(_logger, incident.Id, incident.Fingerprint, incident.AlertName, attempts,
            error);
        if (incident.AttributionId is not null)
        {
            // The decision was recorded before a later step (annotation, silence) failed: it stands.
            return;
        }

        try
        {
            await _evaluator.RecordGaveUpAsync(incident, attempts, error, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The store itself is failing: the incident is still marked failed and counted above.
            PipelineLog.GaveUpNotRecorded(_logger, incident.Id, exception);
        }
    }

    private async Task SweepPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Value.Queue.SweepIntervalValue, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var pending = await _incidents.ListPendingAsync(_options.Value.Queue.MaxPending, cancellationToken);
        foreach (var id in pending)
        {
            _queue.Enqueue(id);
        }

        await UpdateQueueDepthAsync(cancellationToken);
        return pending.Count;
    }

    private async Task UpdateQueueDepthAsync(CancellationToken cancellationToken) =>
        _metrics.QueueDepth.Set(await _incidents.CountBacklogAsync(cancellationToken));
}
