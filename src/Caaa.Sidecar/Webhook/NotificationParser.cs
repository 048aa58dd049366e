namespace Caaa.Sidecar.Webhook;

/// <summary>Turns a webhook body into a <see cref="ReceivedNotification"/> or field-named errors.</summary>
internal static class NotificationParser
{
    public static NotificationParseResult Parse(ReadOnlySpan<byte> body)
    {
        var errors = new FieldErrors();
        var payload = JsonBody.Read<WebhookPayload>(body, errors);
        var notification = payload is null ? null : NotificationValidator.Validate(payload, errors);
        return errors.Count == 0 && notification is not null
            ? new NotificationParseResult(notification, new Dictionary<string, string[]>())
            : new NotificationParseResult(null, errors.ToDictionary());
    }
}
