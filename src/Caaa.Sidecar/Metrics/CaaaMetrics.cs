using Caaa.Core.Attribution;
using Caaa.Integrations;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Caaa.Sidecar.Metrics;

/// <summary>
/// The sidecar's own metrics, named as in docs/contracts.md, registered in the injected registry.
/// Label values are enumerations or pass through <see cref="BoundedLabelValues"/>.
/// </summary>
internal sealed class CaaaMetrics
{
    private readonly BoundedLabelValues _alertNames;
    private readonly BoundedLabelValues _services;

    public CaaaMetrics(CollectorRegistry registry, IOptions<CaaaOptions> options)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        _alertNames = new BoundedLabelValues(options.Value.Metrics.MaxLabelValues);
        _services = new BoundedLabelValues(options.Value.Metrics.MaxLabelValues);

        Attributions = factory.CreateCounter("caaa_attributions_total",
            "Attributions made, by class and alert name.", "classification", "alertname");
        ActiveAttributions = factory.CreateGauge("caaa_active_attributions",
            "Firing incidents by service and current class.", "service", "classification");
        ExpectedLoadActive = factory.CreateGauge("caaa_expected_load_active",
            "Firing incidents attributed EXPECTED_LOAD, by service.", "service");
        WebhookRequests = factory.CreateCounter("caaa_webhook_requests_total",
            "Webhook requests by outcome.", "outcome");
        WebhookDuplicates = factory.CreateCounter("caaa_webhook_duplicates_total",
            "Webhook deliveries already received (HA replicas, retries).");
        WebhookTruncatedAlerts = factory.CreateCounter("caaa_webhook_truncated_alerts_total",
            "Alerts Alertmanager left out of notifications (truncatedAlerts).");
        UpstreamDuration = factory.CreateHistogram("caaa_upstream_request_duration_seconds",
            "Duration of calls to upstreams.", new HistogramConfiguration { LabelNames = ["upstream"] });
        UpstreamFailures = factory.CreateCounter("caaa_upstream_failures_total",
            "Failed upstream calls by upstream and reason.", "upstream", "reason");
        AttributionDuration = factory.CreateHistogram("caaa_attribution_duration_seconds",
            "Time from picking an incident to its recorded decision.");
        AttributionConfidence = factory.CreateHistogram("caaa_attribution_confidence",
            "Confidence of attributions by class.", new HistogramConfiguration
            {
                LabelNames = ["classification"],
                Buckets = Histogram.LinearBuckets(0.1, 0.1, 10),
            });
        Silences = factory.CreateCounter("caaa_silences_total", "Silence actions.", "action");
        Annotations = factory.CreateCounter("caaa_annotations_total", "Grafana annotation actions.", "action");
        IncidentsFailed = factory.CreateCounter("caaa_incidents_failed_total",
            "Incidents given up after queue.maxAttempts failed attempts; each is recorded UNKNOWN.");
        QueueDepth = factory.CreateGauge("caaa_queue_depth", "Incidents accepted and not yet processed.");
        BuildInfo = factory.CreateGauge("caaa_build_info", "Always 1; labels name the build and model.",
            "version", "model");
        Prepare();
    }

    public Counter Attributions { get; }

    public Gauge ActiveAttributions { get; }

    public Gauge ExpectedLoadActive { get; }

    public Counter WebhookRequests { get; }

    public Counter WebhookDuplicates { get; }

    public Counter WebhookTruncatedAlerts { get; }

    public Histogram UpstreamDuration { get; }

    public Counter UpstreamFailures { get; }

    public Histogram AttributionDuration { get; }

    public Histogram AttributionConfidence { get; }

    public Counter Silences { get; }

    public Counter Annotations { get; }

    public Counter IncidentsFailed { get; }

    public Gauge QueueDepth { get; }

    public Gauge BuildInfo { get; }

    public string AlertName(string? value) => _alertNames.Bound(value);

    public string Service(string? value) => _services.Bound(value);

    public void CountWebhook(string outcome) => WebhookRequests.WithLabels(outcome).Inc();

    public void CountUpstreamFailure(UpstreamException exception) =>
        UpstreamFailures.WithLabels(exception.Upstream, ReasonLabel(exception.Reason)).Inc();

    public void CountUpstreamFailure(string upstream, UpstreamFailure reason) =>
        UpstreamFailures.WithLabels(upstream, ReasonLabel(reason)).Inc();

    public void RecordAttribution(Attribution attribution, string? alertName)
    {
        var classification = attribution.Class.ToWire();
        Attributions.WithLabels(classification, AlertName(alertName)).Inc();
        AttributionConfidence.WithLabels(classification).Observe(attribution.Confidence);
    }

    public static string ReasonLabel(UpstreamFailure reason) => reason switch
    {
        UpstreamFailure.Unavailable => "unavailable",
        UpstreamFailure.Timeout => "timeout",
        UpstreamFailure.Rejected => "rejected",
        _ => "invalid_response",
    };

    /// <summary>Creates every bounded series up front so rates start from zero instead of appearing late.</summary>
    private void Prepare()
    {
        foreach (var outcome in WebhookOutcomes.All)
        {
            WebhookRequests.WithLabels(outcome);
        }

        foreach (var upstream in Upstreams.All)
        {
            UpstreamDuration.WithLabels(upstream);
            foreach (var reason in Enum.GetValues<UpstreamFailure>())
            {
                UpstreamFailures.WithLabels(upstream, ReasonLabel(reason));
            }
        }

        foreach (var attributionClass in Enum.GetValues<AttributionClass>())
        {
            AttributionConfidence.WithLabels(attributionClass.ToWire());
        }

        foreach (var action in SilenceActions.All)
        {
            Silences.WithLabels(action);
        }

        foreach (var action in AnnotationActions.All)
        {
            Annotations.WithLabels(action);
        }
    }
}
