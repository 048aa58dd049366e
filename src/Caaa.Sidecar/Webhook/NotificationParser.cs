using System.Text.Json;

namespace Caaa.Sidecar.Webhook;

/// <summary>Turns a webhook body into a <see cref="ReceivedNotification"/> or field-named errors.</summary>
internal static class NotificationParser
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static NotificationParseResult Parse(ReadOnlySpan<byte> body)
    {
        WebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<WebhookPayload>(body, SerializerOptions);
        }
        catch (JsonException exception)
        {
            return Invalid(FieldOf(exception.Path), "is not valid JSON of the expected type: " + exception.Message);
        }

        if (payload is null)
        {
            return Invalid("$", "the body must be a JSON object");
        }

        var errors = new NotificationErrors();
        var notification = NotificationValidator.Validate(payload, errors);
        return errors.Count == 0 && notification is not null
            ? new NotificationParseResult(notification, new Dictionary<string, string[]>())
            : new NotificationParseResult(null, errors.ToDictionary());
    }

    private static NotificationParseResult Invalid(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] });

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
