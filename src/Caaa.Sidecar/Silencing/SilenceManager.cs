using Caaa.Core.Attribution;
using Caaa.Integrations;
using Caaa.Integrations.Alertmanager;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Store;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// Turns a policy decision into Alertmanager silences: at most one per incident, only in enforce
/// mode, bounded by the event's end and <c>silencing.maxDuration</c> from the first creation. A human's
/// FAULT or UNKNOWN feedback on an incident takes its silence back and keeps it from being made again.
/// </summary>
internal sealed class SilenceManager : IDisposable
{
    public const string CreatedBy = "caaa";

    private readonly ISilenceClient _client;
    private readonly IncidentStore _incidents;
    private readonly AttributionStore _attributions;
    private readonly FeedbackStore _feedback;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SilenceManager> _logger;

    /// <summary>Counting the active silences and creating one is a single step, so workers cannot overshoot.</summary>
    private readonly SemaphoreSlim _creating = new(1, 1);

    public SilenceManager(
        ISilenceClient client,
        IncidentStore incidents,
        AttributionStore attributions,
        FeedbackStore feedback,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<SilenceManager> logger)
    {
        _client = client;
        _incidents = incidents;
        _attributions = attributions;
        _feedback = feedback;
        _metrics = metrics;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        // Shadow mode never calls Alertmanager, so it needs none; enforce mode without one is a mistake.
        if (Settings.Enforce && client is UnconfiguredSilenceClient)
        {
            SilencingLog.EnforceWithoutAlertmanager(logger);
        }
    }

    private SilencingOptions Settings => _options.Value.Silencing;

    public void Dispose() => _creating.Dispose();

    public async Task<IncidentRecord> ApplyAsync(
        IncidentRecord incident,
        IncidentEvaluation evaluation,
        CancellationToken cancellationToken)
    {
        if (incident.SilenceId is not null)
        {
            return incident;
        }

        var now = _timeProvider.GetUtcNow();
        var decision = SilencePolicy.Decide(
            incident, evaluation.Attribution, evaluation.Evidence.Context, Settings, now);
        if (decision.Allowed && await _feedback.FindObjectionAsync(incident.Id, cancellationToken) is { } objection)
        {
            decision = SilenceDecision.Refuse(Objection(objection));
        }

        var action = await ActAsync(incident, evaluation.Record.Id, decision, now, cancellationToken);
        await _attributions.SetSilenceActionAsync(evaluation.Record.Id, action.Note, cancellationToken);
        return action.Incident;
    }

    /// <summary>Expires the incident's silence and records it; false when Alertmanager failed (logged).</summary>
    public async Task<bool> ExpireAsync(IncidentRecord incident, string reason, CancellationToken cancellationToken)
    {
        var silenceId = incident.SilenceId!;
        var endsAt = incident.SilenceEndsAt ?? _timeProvider.GetUtcNow();
        if (endsAt > _timeProvider.GetUtcNow() && !await CallAsync(incident, () => _client.ExpireAsync(silenceId,
            cancellationToken)))
        {
            return false;
        }

        await _incidents.SetSilenceAsync(incident.Id, silenceId, incident.SilenceFirstCreatedAt ?? endsAt,
            endsAt, SilenceStates.Expired, cancellationToken);
        _metrics.Silences.WithLabels(SilenceActions.Expired).Inc();
        SilencingLog.SilenceExpired(_logger, silenceId, incident.Fingerprint, reason);
        return true;
    }

    /// <summary>
    /// A human said FAULT or UNKNOWN about one of the incident's attributions: its active silence goes at once,
    /// with one Alertmanager call (bounded by <c>alertmanager.timeout</c>) so the request stays short. Never
    /// throws but for cancellation: the feedback is already stored, and when this fails the watcher, which
    /// reads the same feedback, expires the silence at its next tick. True when a silence was taken back.
    /// </summary>
    public async Task<bool> OnFeedbackAsync(FeedbackRecord feedback, string incidentId,
        CancellationToken cancellationToken)
    {
        if (feedback.Class == AttributionClass.ExpectedLoad)
        {
            return false;
        }

        try
        {
            if (await _incidents.GetAsync(incidentId, cancellationToken) is not { HasActiveSilence: true } incident)
            {
                return false;
            }

            if (await TakeBackAsync(incident, feedback, cancellationToken))
            {
                return true;
            }

            SilencingLog.FeedbackTakeBackDeferred(_logger, feedback.Class.ToWire(), incidentId, "Alertmanager failed");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SilencingLog.FeedbackTakeBackDeferred(_logger, feedback.Class.ToWire(), incidentId, exception.Message);
        }

        return false;
    }

    /// <summary>
    /// Expires the silence a human's <paramref name="objection"/> (FAULT or UNKNOWN) contradicts and notes it on
    /// the attribution the human corrected; false when Alertmanager failed.
    /// </summary>
    public async Task<bool> TakeBackAsync(
        IncidentRecord incident,
        FeedbackRecord objection,
        CancellationToken cancellationToken)
    {
        var reason = Objection(objection);
        if (!await ExpireAsync(incident, reason, cancellationToken))
        {
            return false;
        }

        await _attributions.SetSilenceActionAsync(objection.AttributionId, "silence taken back: " + reason,
            cancellationToken);
        return true;
    }

    private static string Objection(FeedbackRecord objection) =>
        $"human feedback says {objection.Class.ToWire()}" + (objection.Author is { } author ? $" ({author})" : "");

    /// <summary>Moves the end towards the event's end, never past first creation + maxDuration.</summary>
    public async Task<bool> ExtendAsync(
        IncidentRecord incident,
        SilenceDecision decision,
        CancellationToken cancellationToken)
    {
        var first = incident.SilenceFirstCreatedAt!.Value;
        var wanted = Bound(decision, first);
        if (wanted <= incident.SilenceEndsAt!.Value + TimeSpan.FromSeconds(1))
        {
            return false;
        }

        string? newId = null;
        if (!await CallAsync(incident, async () =>
            newId = await _client.ExtendAsync(incident.SilenceId!, wanted, cancellationToken)))
        {
            return false;
        }

        await _incidents.SetSilenceAsync(incident.Id, newId!, first, wanted, SilenceStates.Active, cancellationToken);
        _metrics.Silences.WithLabels(SilenceActions.Extended).Inc();
        SilencingLog.SilenceExtended(_logger, incident.Fingerprint, wanted, newId!);
        return true;
    }

    private async Task<(IncidentRecord Incident, string Note)> ActAsync(
        IncidentRecord incident,
        string attributionId,
        SilenceDecision decision,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!decision.Allowed)
        {
            return (incident, "not silenced: " + decision.Reason);
        }

        var end = Bound(decision, now);
        if (!Settings.Enforce || end <= now)
        {
            _metrics.Silences.WithLabels(SilenceActions.Skipped).Inc();
            SilencingLog.SilenceWouldBeCreated(_logger, incident.Fingerprint, incident.AlertName, decision.Reason);
            return (incident, (Settings.Enforce ? "skipped, window over: " : "would_silence: ") + decision.Reason);
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (await CountActiveIfAtMaximumAsync(incident, now, cancellationToken) is { } active)
            {
                _metrics.Silences.WithLabels(SilenceActions.Capped).Inc();
                SilencingLog.SilenceCapped(_logger, incident.Fingerprint, incident.AlertName, active);
                return (incident, $"not silenced: {active} CAAA silences active, the maximum (silencing.maxActive)");
            }

            return await CreateAsync(incident, attributionId, decision, now, end, cancellationToken);
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>
    /// The number of CAAA silences still active when they reach <c>silencing.maxActive</c>, else null. An
    /// incident of the same alert (same labels, so the same matchers) holding one means the silence would be
    /// reused, not added.
    /// </summary>
    private async Task<int?> CountActiveIfAtMaximumAsync(
        IncidentRecord incident,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var silenced = (await _incidents.ListWithActiveSilenceAsync(cancellationToken))
            .Where(i => i.SilenceEndsAt > now)
            .ToList();
        if (silenced.Any(i => i.Fingerprint == incident.Fingerprint))
        {
            return null;
        }

        var active = silenced.Select(i => i.SilenceId).Distinct(StringComparer.Ordinal).Count();
        return active >= Settings.MaxActive ? active : null;
    }

    private async Task<(IncidentRecord Incident, string Note)> CreateAsync(
        IncidentRecord incident,
        string attributionId,
        SilenceDecision decision,
        DateTimeOffset now,
        DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        var request = new SilenceRequest(SilenceMatchers.For(incident.Labels), end - now, decision.Event!.End,
            CreatedBy, $"CAAA attribution {attributionId}: {decision.Reason}");
        SilenceResult? result = null;
        if (!await CallAsync(incident, async () => result = await _client.CreateAsync(request, cancellationToken)))
        {
            return (incident, "failed: " + decision.Reason);
        }

        return await RecordCreatedAsync(incident, result!, decision, now, cancellationToken);
    }

    private async Task<(IncidentRecord, string)> RecordCreatedAsync(
        IncidentRecord incident,
        SilenceResult result,
        SilenceDecision decision,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await _incidents.SetSilenceAsync(incident.Id, result.Id, now, result.EndsAt, SilenceStates.Active,
            cancellationToken);
        var action = result.Reused ? SilenceActions.Reused : SilenceActions.Created;
        _metrics.Silences.WithLabels(action).Inc();
        SilencingLog.SilenceCreated(_logger, result.Id, incident.Fingerprint, incident.AlertName, result.EndsAt,
            decision.Reason);
        var updated = incident with
        {
            SilenceId = result.Id,
            SilenceFirstCreatedAt = now,
            SilenceEndsAt = result.EndsAt,
            SilenceState = SilenceStates.Active,
        };
        return (updated, $"{action} {result.Id}: {decision.Reason}");
    }

    private DateTimeOffset Bound(SilenceDecision decision, DateTimeOffset firstCreated)
    {
        var limit = firstCreated + Settings.MaxDurationValue;
        return decision.Event?.End is { } eventEnd && eventEnd < limit ? eventEnd : limit;
    }

    private async Task<bool> CallAsync(IncidentRecord incident, Func<Task> call)
    {
        try
        {
            using (_metrics.UpstreamDuration.WithLabels(Upstreams.Alertmanager).NewTimer())
            {
                await call();
            }

            return true;
        }
        catch (UpstreamException exception)
        {
            _metrics.Silences.WithLabels(SilenceActions.Failed).Inc();
            _metrics.CountUpstreamFailure(exception);
            SilencingLog.SilenceFailed(_logger, incident.Fingerprint, CaaaMetrics.ReasonLabel(exception.Reason),
                exception.Message);
            return false;
        }
    }
}
