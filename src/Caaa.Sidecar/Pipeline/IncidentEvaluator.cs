using System.Diagnostics;
using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Evidence;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Pipeline;

/// <summary>Gathers evidence, attributes and records the decision; used first and on every re-check.</summary>
internal sealed class IncidentEvaluator
{
    private readonly EvidenceGatherer _gatherer;
    private readonly IIncidentAttributor _attributor;
    private readonly AttributionStore _attributions;
    private readonly CaaaMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IncidentEvaluator> _logger;
    private readonly bool _prometheusConfigured;

    public IncidentEvaluator(
        EvidenceGatherer gatherer,
        IIncidentAttributor attributor,
        AttributionStore attributions,
        CaaaMetrics metrics,
        TimeProvider timeProvider,
        ILogger<IncidentEvaluator> logger,
        IPrometheusClient prometheus)
    {
        _gatherer = gatherer;
        _attributor = attributor;
        _attributions = attributions;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        _prometheusConfigured = prometheus is not UnconfiguredPrometheusClient;
    }

    public async Task<IncidentEvaluation> EvaluateAsync(IncidentRecord incident, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var evidence = await _gatherer.GatherAsync(incident.StartsAt, incident.Labels, cancellationToken);
        var (attribution, features) = Attribute(incident, evidence);

        var record = await RecordAsync(incident, attribution, features, evidence.Quality, cancellationToken);
        _metrics.AttributionDuration.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new IncidentEvaluation(record, attribution, evidence);
    }

    /// <summary>
    /// Records UNKNOWN for an incident the worker gave up on, so a failure is a visible, counted decision
    /// (never silenced, listed by the API) instead of an alert that vanished. Only the message is kept.
    /// </summary>
    public Task<AttributionRecord> RecordGaveUpAsync(
        IncidentRecord incident,
        int attempts,
        string error,
        CancellationToken cancellationToken)
    {
        var reason = $"Evidence could not be gathered: processing failed {attempts} times, last with: {error}";
        var nothing = new EvidenceQuality(MetricsMissing: true, ContextIncomplete: true);
        return RecordAsync(incident, Unknown(reason), [], nothing, cancellationToken);
    }

    private async Task<AttributionRecord> RecordAsync(
        IncidentRecord incident,
        Attribution attribution,
        float[] features,
        EvidenceQuality quality,
        CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var record = new AttributionRecord(
            Guid.CreateVersion7(now).ToString("N"),
            incident.Id,
            attribution.Class,
            attribution.Confidence,
            attribution.Probabilities.ToDictionary(p => p.Key.ToWire(), p => p.Value),
            attribution.Reasons,
            features,
            quality,
            incident.AlertName,
            incident.Service,
            SilenceAction: null,
            now);
        await _attributions.AddAsync(record, cancellationToken);

        _metrics.RecordAttribution(attribution, incident.AlertName);
        PipelineLog.AttributionMade(_logger, incident.Fingerprint, incident.AlertName, attribution.Class.ToWire(),
            attribution.Confidence, record.Id);
        return record;
    }

    private (Attribution Attribution, float[] Features) Attribute(IncidentRecord incident, IncidentEvidence evidence)
    {
        // Safety rail independent of the model's own policy: without metrics there is no verdict.
        if (evidence.Quality.MetricsMissing)
        {
            // Without prometheus.baseUrl no query was made: say so rather than blame Prometheus.
            return (Unknown(_prometheusConfigured
                ? "Prometheus returned no usable metrics around the alert; not enough evidence."
                : "No Prometheus is configured (prometheus.baseUrl); not enough evidence."), []);
        }

        var subject = new Incident(incident.Id, "live", incident.Id, incident.StartsAt, evidence.Frame,
            evidence.Context, RootService: incident.Service, Origin: incident.AlertName);
        try
        {
            var outcome = _attributor.Attribute(subject, evidence.Quality);
            return (outcome.Attribution, outcome.Features);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            PipelineLog.AttributorFailed(_logger, incident.Fingerprint, exception);
            return (Unknown($"The attributor failed: {exception.Message}"), []);
        }
    }

    private static Attribution Unknown(string reason) =>
        new(AttributionClass.Unknown, 0, new Dictionary<AttributionClass, double>(), [reason]);
}
