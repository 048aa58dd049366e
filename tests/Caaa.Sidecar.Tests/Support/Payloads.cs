using System.Text.Json.Nodes;

namespace Caaa.Sidecar.Tests.Support;

internal static class Payloads
{
    public static JsonNode Case(string file) => JsonNode.Parse(File.ReadAllText(SharedData.Case(file)))!;

    /// <summary>A minimal valid notification with one firing alert.</summary>
    public static JsonNode Firing(
        string alertName = "HighLoad",
        string fingerprint = "00000000000000a1",
        string startsAt = "2026-03-02T10:00:00Z",
        string? severity = "warning",
        string service = "checkout")
    {
        var labels = new JsonObject { ["alertname"] = alertName, ["service"] = service, ["namespace"] = "shop" };
        if (severity is not null)
        {
            labels["severity"] = severity;
        }

        return new JsonObject
        {
            ["version"] = "4",
            ["groupKey"] = $"{{}}:{{alertname=\"{alertName}\"}}",
            ["status"] = "firing",
            ["receiver"] = "caaa",
            ["truncatedAlerts"] = 0,
            ["alerts"] = new JsonArray(new JsonObject
            {
                ["status"] = "firing",
                ["labels"] = labels,
                ["annotations"] = new JsonObject(),
                ["startsAt"] = startsAt,
                ["endsAt"] = "0001-01-01T00:00:00Z",
                ["fingerprint"] = fingerprint,
            }),
        };
    }

    public static JsonNode Resolved(JsonNode firing, string endsAt)
    {
        var resolved = firing.DeepClone();
        resolved["status"] = "resolved";
        foreach (var alert in resolved["alerts"]!.AsArray())
        {
            alert!["status"] = "resolved";
            alert["endsAt"] = endsAt;
        }

        return resolved;
    }
}
