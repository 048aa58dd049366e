using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// Watches what CAAA silenced: every <c>silencing.recheckInterval</c> it re-gathers evidence for each
/// active silence and re-attributes. The silence is taken back at once when the alert resolved, the
/// event ended, the verdict is no longer a confident EXPECTED_LOAD, or the last minutes show more than
/// load (<see cref="SilenceDriftCheck"/>); otherwise it is extended. A human's FAULT or UNKNOWN feedback on
/// the incident outranks every re-evaluation: the silence goes without one (this is also where such a
/// take-back is retried when Alertmanager failed during the feedback request).
/// </summary>
internal sealed class SilenceWatcher : BackgroundService
{
    private readonly IncidentStore _incidents;
    private readonly IncidentEvaluator _evaluator;
    private readonly SilenceManager _silences;
    private readonly SilenceDriftCheck _drift;
    private readonly OrphanedSilences _orphans;
    private readonly AnnotationPublisher _annotations;
    private readonly AttributionStore _attributions;
    private readonly FeedbackStore _feedback;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SilenceWatcher> _logger;

    public SilenceWatcher(
        IncidentStore incidents,
        IncidentEvaluator evaluator,
        SilenceManager silences,
        SilenceDriftCheck drift,
        OrphanedSilences orphans,
        AnnotationPublisher annotations,
        AttributionStore attributions,
        FeedbackStore feedback,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<SilenceWatcher> logger)
    {
        _incidents = incidents;
        _evaluator = evaluator;
        _silences = silences;
        _drift = drift;
        _orphans = orphans;
        _annotations = annotations;
        _attributions = attributions;
        _feedback = feedback;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Value.Silencing.RecheckIntervalValue, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RecheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown; silences stay bounded by their own end.
        }
    }

    public async Task RecheckAsync(CancellationToken cancellationToken)
    {
        if (_options.Value.Silencing.Enforce)
        {
            await _orphans.ExpireAsync(cancellationToken);
        }

        foreach (var incident in await _incidents.ListWithActiveSilenceAsync(cancellationToken))
        {
            try
            {
                await RecheckAsync(incident, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SilencingLog.RecheckFailed(_logger, incident.Id, exception);
            }
        }
    }

    private async Task RecheckAsync(IncidentRecord incident, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (incident.Status == AlertStatus.Resolved || incident.SilenceEndsAt <= now)
        {
            await _silences.ExpireAsync(incident, incident.Status == AlertStatus.Resolved
                ? "the alert resolved" : "the silence reached its end", cancellationToken);
            return;
        }

        if (await TookBackForFeedbackAsync(incident, cancellationToken))
        {
            return;
        }

        var evaluation = await _evaluator.EvaluateAsync(incident, cancellationToken);
        var decision = SilencePolicy.Decide(incident, evaluation.Attribution, evaluation.Evidence.Context,
            _options.Value.Silencing, now);
        var drift = decision.Allowed ? await _drift.CheckAsync(incident, cancellationToken) : null;
        if (!decision.Allowed || drift is not null)
        {
            var reason = drift ?? decision.Reason;
            var note = "silence taken back: " + reason;
            await _silences.ExpireAsync(incident, reason, cancellationToken);
            await _attributions.SetSilenceActionAsync(evaluation.Record.Id, note, cancellationToken);
            await _annotations.AmendAsync(incident, evaluation.Record, "CAAA " + note, cancellationToken);
            return;
        }

        // A human may have objected while the evidence was gathered; extending would outlive the verdict.
        if (await TookBackForFeedbackAsync(incident, cancellationToken))
        {
            return;
        }

        var extended = await _silences.ExtendAsync(incident, decision, cancellationToken);
        await _attributions.SetSilenceActionAsync(evaluation.Record.Id,
            (extended ? "silence extended: " : "silence kept: ") + decision.Reason, cancellationToken);
    }

    /// <summary>True when a human's FAULT or UNKNOWN feedback rules the incident; its silence is then expired.
    /// </summary>
    private async Task<bool> TookBackForFeedbackAsync(IncidentRecord incident, CancellationToken cancellationToken)
    {
        if (await _feedback.FindObjectionAsync(incident.Id, cancellationToken) is not { } objection)
        {
            return false;
        }

        await _silences.TakeBackAsync(incident, objection, cancellationToken);
        return true;
    }
}
