namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Checks a payload against Alertmanager's version 4 contract. Old Alertmanagers send no per-alert
/// <c>status</c> or <c>fingerprint</c>: the group status and the label fingerprint stand in for them.
/// </summary>
internal static class NotificationValidator
{
    public static ReceivedNotification? Validate(WebhookPayload payload, FieldErrors errors)
    {
        if (payload.Version != "4")
        {
            errors.Add("version", $"must be \"4\" (got {Describe(payload.Version)})");
        }

        if (string.IsNullOrEmpty(payload.GroupKey))
        {
            errors.Add("groupKey", "is required");
        }

        var groupStatus = ParseStatus(payload.Status, "status", errors, required: true);
        if (payload.TruncatedAlerts is < 0)
        {
            errors.Add("truncatedAlerts", "must not be negative");
        }

        var alerts = ValidateAlerts(payload.Alerts, groupStatus, errors);
        if (errors.Count > 0 || alerts is null)
        {
            return null;
        }

        var groupKey = payload.GroupKey!;
        return new ReceivedNotification(
            groupKey,
            payload.Receiver ?? "",
            payload.TruncatedAlerts ?? 0,
            alerts,
            DeliveryKey.Compute(groupKey, alerts));
    }

    private static List<ReceivedAlert>? ValidateAlerts(
        List<WebhookAlert?>? alerts,
        AlertStatus? groupStatus,
        FieldErrors errors)
    {
        if (alerts is null)
        {
            errors.Add("alerts", "is required");
            return null;
        }

        var received = new List<ReceivedAlert>(alerts.Count);
        for (var i = 0; i < alerts.Count; i++)
        {
            if (ValidateAlert(alerts[i], $"alerts[{i}]", groupStatus, errors) is { } alert)
            {
                received.Add(alert);
            }
        }

        return received;
    }

    private static ReceivedAlert? ValidateAlert(
        WebhookAlert? alert,
        string field,
        AlertStatus? groupStatus,
        FieldErrors errors)
    {
        if (alert is null)
        {
            errors.Add(field, "must be an object");
            return null;
        }

        var status = alert.Status is null
            ? groupStatus
            : ParseStatus(alert.Status, $"{field}.status", errors, required: true);
        var labels = ValidateLabels(alert.Labels, $"{field}.labels", errors, required: true);
        var annotations = ValidateLabels(alert.Annotations, $"{field}.annotations", errors, required: false);
        if (alert.StartsAt is null)
        {
            errors.Add($"{field}.startsAt", "is required");
        }
        else
        {
            CheckPlausible(alert.StartsAt.Value, $"{field}.startsAt", errors);
        }

        var endsAt = NullIfZero(alert.EndsAt);
        if (endsAt is not null)
        {
            CheckPlausible(endsAt.Value, $"{field}.endsAt", errors);
        }

        if (status is null || labels is null || annotations is null || alert.StartsAt is null)
        {
            return null;
        }

        return new ReceivedAlert(
            string.IsNullOrEmpty(alert.Fingerprint) ? LabelFingerprint.Compute(labels) : alert.Fingerprint,
            status.Value,
            labels,
            annotations,
            alert.StartsAt.Value,
            endsAt,
            alert.GeneratorUrl);
    }

    private static Dictionary<string, string>? ValidateLabels(
        Dictionary<string, string>? labels,
        string field,
        FieldErrors errors,
        bool required)
    {
        if (labels is null)
        {
            if (required)
            {
                errors.Add(field, "is required");
                return null;
            }

            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var valid = true;
        foreach (var (name, value) in labels)
        {
            if (name.Length == 0)
            {
                errors.Add(field, "has an empty name");
                valid = false;
            }
            else if (value is null)
            {
                errors.Add($"{field}.{name}", "must be a string, not null");
                valid = false;
            }
        }

        return valid ? new Dictionary<string, string>(labels, StringComparer.Ordinal) : null;
    }

    private static AlertStatus? ParseStatus(string? text, string field, FieldErrors errors, bool required)
    {
        switch (text)
        {
            case "firing":
                return AlertStatus.Firing;
            case "resolved":
                return AlertStatus.Resolved;
            case null when !required:
                return null;
            default:
                errors.Add(field, $"must be \"firing\" or \"resolved\" (got {Describe(text)})");
                return null;
        }
    }

    /// <summary>
    /// An alert time before the Unix epoch is a sender's bug (a zero or unset date, seconds read as
    /// milliseconds); accepting it would leave the worker unable to compute an evidence window.
    /// </summary>
    private static void CheckPlausible(DateTimeOffset instant, string field, FieldErrors errors)
    {
        if (!InstantBounds.IsPlausible(instant))
        {
            errors.Add(field, InstantBounds.Requirement);
        }
    }

    /// <summary>Alertmanager sends Go's zero time for "no end yet"; it means null, not year 1.</summary>
    private static DateTimeOffset? NullIfZero(DateTimeOffset? endsAt) =>
        endsAt is { } value && value.UtcDateTime.Year <= 1 ? null : endsAt;

    private static string Describe(string? text) => text is null ? "nothing" : $"\"{text}\"";
}
