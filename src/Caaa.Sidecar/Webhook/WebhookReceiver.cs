using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Receives one notification: bound the body, validate, answer duplicates at once, push back with
/// 503 when the backlog is full, store durably, queue, and only then answer 200. Slow work happens
/// later in the pipeline, so Alertmanager never waits on an upstream.
/// </summary>
internal sealed class WebhookReceiver
{
    private readonly BoundedBodyReader _bodyReader;
    private readonly IncidentStore _incidents;
    private readonly IncidentQueue _queue;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly ILogger<WebhookReceiver> _logger;

    public WebhookReceiver(
        BoundedBodyReader bodyReader,
        IncidentStore incidents,
        IncidentQueue queue,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        ILogger<WebhookReceiver> logger)
    {
        _bodyReader = bodyReader;
        _incidents = incidents;
        _queue = queue;
        _metrics = metrics;
        _options = options;
        _logger = logger;
    }

    public async Task<Results<Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var body = await _bodyReader.ReadAsync(context.Request, cancellationToken);
        if (body is null)
        {
            _metrics.CountWebhook(WebhookOutcomes.TooLarge);
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
                detail: $"The body exceeds webhook.maxBodyBytes ({_options.Value.Webhook.MaxBodyBytes} bytes).");
        }

        var parsed = NotificationParser.Parse(body);
        if (!parsed.IsValid)
        {
            _metrics.CountWebhook(WebhookOutcomes.Invalid);
            WebhookLog.InvalidNotification(_logger, string.Join(", ", parsed.Errors.Keys));
            return TypedResults.ValidationProblem(parsed.Errors, title: "Invalid Alertmanager notification");
        }

        return await StoreAsync(context, parsed.Notification!, cancellationToken);
    }

    private async Task<Results<Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> StoreAsync(
        HttpContext context,
        ReceivedNotification notification,
        CancellationToken cancellationToken)
    {
        // One write turn: a duplicate is counted and answered 200 even with the backlog full.
        var result = await _incidents.IngestAsync(
            notification, ServiceLabel, _options.Value.Queue.MaxPending, cancellationToken);
        if (result.Duplicate)
        {
            return Duplicate(notification);
        }

        if (result.Overloaded)
        {
            return Overloaded(context, result.Backlog);
        }

        foreach (var id in result.IncidentsToProcess)
        {
            _queue.Enqueue(id);
        }

        RecordAccepted(notification, result);
        return TypedResults.Ok(new WebhookReceipt(notification.Alerts.Count, result.NewIncidents, Duplicate: false,
            notification.Incomplete));
    }

    private string ServiceLabel => _options.Value.Evidence.ServiceLabel;

    private void RecordAccepted(ReceivedNotification notification, IngestResult result)
    {
        _metrics.CountWebhook(WebhookOutcomes.Accepted);
        _metrics.QueueDepth.Set(result.Backlog + result.IncidentsToProcess.Count);
        if (notification.Incomplete)
        {
            _metrics.WebhookTruncatedAlerts.Inc(notification.TruncatedAlerts);
            WebhookLog.TruncatedNotification(_logger, notification.GroupKey, notification.TruncatedAlerts);
        }

        WebhookLog.NotificationReceived(_logger, notification.GroupKey, notification.Alerts.Count,
            result.NewIncidents, notification.TruncatedAlerts);
    }

    private Ok<WebhookReceipt> Duplicate(ReceivedNotification notification)
    {
        _metrics.CountWebhook(WebhookOutcomes.Duplicate);
        _metrics.WebhookDuplicates.Inc();
        WebhookLog.DuplicateNotification(_logger, notification.GroupKey);
        return TypedResults.Ok(new WebhookReceipt(notification.Alerts.Count, 0, Duplicate: true,
            notification.Incomplete));
    }

    private ProblemHttpResult Overloaded(HttpContext context, int backlog)
    {
        _metrics.CountWebhook(WebhookOutcomes.Overloaded);
        WebhookLog.Overloaded(_logger, backlog);
        var retryAfter = _options.Value.Queue.RetryAfterSeconds;
        context.Response.Headers[HeaderNames.RetryAfter] =
            retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Backlog full",
            detail: $"{backlog} incidents are waiting (queue.maxPending); retry in {retryAfter} s.");
    }
}
