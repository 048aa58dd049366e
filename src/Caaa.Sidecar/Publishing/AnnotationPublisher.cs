using System.Globalization;
using System.Text;
using Caaa.Core.Attribution;
using Caaa.Integrations;
using Caaa.Integrations.Grafana;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Store;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Caaa.Sidecar.Publishing;

/// <summary>
/// One Grafana region annotation per incident: created with the first decision, its end patched
/// when the alert resolves, its text amended when a silence is taken back. Failures are counted,
/// never thrown: an annotation is informative, not essential. Without a Grafana (no
/// <c>grafana.baseUrl</c>) or with <c>annotations.enabled: false</c> nothing is attempted or counted:
/// an optional upstream left out is not a failure; start-up says once that annotations are off.
/// </summary>
internal sealed class AnnotationPublisher
{
    private readonly IAnnotationClient _client;
    private readonly IncidentStore _incidents;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AnnotationPublisher> _logger;
    private readonly bool _on;

    public AnnotationPublisher(
        IAnnotationClient client,
        IncidentStore incidents,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider,
        ILogger<AnnotationPublisher> logger)
    {
        _client = client;
        _incidents = incidents;
        _metrics = metrics;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _on = options.Value.Annotations.Enabled && client is not UnconfiguredAnnotationClient;
        if (!_on)
        {
            PublishingLog.AnnotationsOff(logger, options.Value.Annotations.Enabled
                ? "no Grafana is configured (grafana.baseUrl)" : "annotations.enabled is false");
        }
    }

    public async Task<IncidentRecord> PublishAsync(
        IncidentRecord incident,
        AttributionRecord decision,
        CancellationToken cancellationToken)
    {
        var settings = _options.Value.Annotations;
        if (!_on || incident.AnnotationId is not null)
        {
            return incident;
        }

        var closed = incident.EndsAt is not null;
        var annotation = new Annotation(
            incident.StartsAt,
            incident.EndsAt ?? _timeProvider.GetUtcNow(),
            Tags(incident, decision),
            Text(incident, decision),
            settings.DashboardUid,
            settings.PanelId);
        var id = await CallAsync(() => _client.CreateAsync(annotation, cancellationToken), AnnotationActions.Created);
        if (id is null)
        {
            return incident;
        }

        await _incidents.SetAnnotationAsync(incident.Id, id.Value, closed, cancellationToken);
        PublishingLog.AnnotationCreated(_logger, incident.Fingerprint, id.Value);
        return incident with { AnnotationId = id, AnnotationClosed = closed };
    }

    public async Task CloseAsync(IncidentRecord incident, CancellationToken cancellationToken)
    {
        if (incident.AnnotationId is not { } id || incident.AnnotationClosed)
        {
            return;
        }

        var end = incident.EndsAt ?? _timeProvider.GetUtcNow();
        var done = await CallAsync(async () =>
        {
            await _client.UpdateAsync(id, end, null, cancellationToken);
            return id;
        }, AnnotationActions.Updated);
        if (done is not null)
        {
            await _incidents.SetAnnotationAsync(incident.Id, id, closed: true, cancellationToken);
        }
    }

    /// <summary>Adds a line explaining a later step (silence taken back, extended) to the text.</summary>
    public async Task AmendAsync(
        IncidentRecord incident,
        AttributionRecord decision,
        string note,
        CancellationToken cancellationToken)
    {
        if (incident.AnnotationId is not { } id)
        {
            return;
        }

        var text = Text(incident, decision) + "\n" + note;
        await CallAsync(async () =>
        {
            await _client.UpdateAsync(id, null, text, cancellationToken);
            return id;
        }, AnnotationActions.Updated);
    }

    private async Task<long?> CallAsync(Func<Task<long>> call, string action)
    {
        try
        {
            long result;
            using (_metrics.UpstreamDuration.WithLabels(Upstreams.Grafana).NewTimer())
            {
                result = await call();
            }

            _metrics.Annotations.WithLabels(action).Inc();
            return result;
        }
        catch (UpstreamException exception)
        {
            _metrics.Annotations.WithLabels(AnnotationActions.Failed).Inc();
            _metrics.CountUpstreamFailure(exception);
            PublishingLog.AnnotationFailed(_logger, exception.Reason, exception.Message);
            return null;
        }
    }

    private static List<string> Tags(IncidentRecord incident, AttributionRecord decision)
    {
        List<string> tags = ["caaa", decision.Class.ToWire()];
        if (incident.AlertName.Length > 0)
        {
            tags.Add(incident.AlertName);
        }

        if (!string.IsNullOrEmpty(incident.Service))
        {
            tags.Add(incident.Service);
        }

        return tags;
    }

    internal static string Text(IncidentRecord incident, AttributionRecord decision)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"CAAA: {decision.Class.ToWire()} (confidence {decision.Confidence:0.00}) for {incident.AlertName}");
        if (!string.IsNullOrEmpty(incident.Service))
        {
            text.Append(CultureInfo.InvariantCulture, $" on {incident.Service}");
        }

        foreach (var reason in decision.Reasons)
        {
            text.Append("\n- ").Append(reason);
        }

        text.Append(CultureInfo.InvariantCulture, $"\nattribution {decision.Id}");
        return text.ToString();
    }
}
