using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Caaa.Benchmarks.Whole;

/// <summary>Alertmanager webhook (version 4) bodies: one group holding any number of firing alerts.</summary>
internal static class Notifications
{
    /// <param name="groupId">Distinguishes groups (and so deliveries and incidents) across notifications.</param>
    /// <param name="startsAt">Each alert's startsAt, by its index in the group.</param>
    public static byte[] Firing(string groupId, int alerts, Func<int, DateTimeOffset> startsAt, int services)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("version", "4");
            json.WriteString("groupKey", $"{{}}:{{group=\"{groupId}\"}}");
            json.WriteNumber("truncatedAlerts", 0);
            json.WriteString("status", "firing");
            json.WriteString("receiver", "caaa");
            WriteLabels(json, "groupLabels", [("group", groupId)]);
            WriteLabels(json, "commonLabels", [("namespace", "shop")]);
            WriteLabels(json, "commonAnnotations", []);
            json.WriteString("externalURL", "http://alertmanager.bench:9093");
            json.WriteStartArray("alerts");
            for (var i = 0; i < alerts; i++)
            {
                WriteAlert(json, groupId, i, startsAt(i), services);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return body.ToArray();
    }

    private static void WriteAlert(
        Utf8JsonWriter json,
        string groupId,
        int index,
        DateTimeOffset startsAt,
        int services)
    {
        var service = $"svc-{index % services:D3}";
        json.WriteStartObject();
        json.WriteString("status", "firing");
        WriteLabels(json, "labels",
        [
            ("alertname", "HighLatency"),
            ("namespace", "shop"),
            ("service", service),
            ("severity", "warning"),
            ("group", groupId),
            ("instance", string.Create(CultureInfo.InvariantCulture, $"pod-{index}")),
        ]);
        WriteLabels(json, "annotations", [("summary", $"p99 latency of {service} is high")]);
        json.WriteString("startsAt", startsAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteString("endsAt", "0001-01-01T00:00:00Z");
        json.WriteString("generatorURL", "http://prometheus.bench:9090/graph");
        json.WriteString("fingerprint", Fingerprint(groupId, index));
        json.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter json, string name, IEnumerable<(string Name, string Value)> labels)
    {
        json.WriteStartObject(name);
        foreach (var (label, value) in labels)
        {
            json.WriteString(label, value);
        }

        json.WriteEndObject();
    }

    private static string Fingerprint(string groupId, int index) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes($"{groupId}/{index}")))[..16];
}
