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
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IncidentWorker> _logger;

    public IncidentWorker(
        IncidentQueue queue,
        IncidentStore incidents,
        IncidentProcessor processor,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<IncidentWorker> logger)
    {
        _queue = queue;
        _incidents = incidents;
        _processor = processor;
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
            var incident = await _incidents.GetAsync(incidentId, CancellationToken.None);
            PipelineLog.ProcessingFailed(_logger, incidentId, (incident?.Attempts ?? 0) + 1, exception);
            await _incidents.FailAsync(incidentId, exception.Message, _options.Value.Queue.MaxAttempts,
                CancellationToken.None);
        }

        await UpdateQueueDepthAsync(cancellationToken);
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
