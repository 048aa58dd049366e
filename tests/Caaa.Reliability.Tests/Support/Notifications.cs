using System.Globalization;
using System.Text.Json.Nodes;

namespace Caaa.Reliability.Tests.Support;

internal static class Notifications
{
    /// <summary>A valid notification with one firing alert; <paramref name="index"/> makes it distinct.</summary>
    public static JsonObject Firing(int index, DateTimeOffset startsAt, string severity = "warning")
    {
        var name = "HighLoad" + index.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["version"] = "4",
            ["groupKey"] = $"{{}}:{{alertname=\"{name}\"}}",
            ["status"] = "firing",
            ["receiver"] = "caaa",
            ["truncatedAlerts"] = 0,
            ["alerts"] = new JsonArray(Alert(name, startsAt, severity, index)),
        };
    }

    public static JsonObject Alert(string name, DateTimeOffset startsAt, string severity, int index) => new()
    {
        ["status"] = "firing",
        ["labels"] = new JsonObject
        {
            ["alertname"] = name, ["service"] = "checkout", ["namespace"] = "shop", ["severity"] = severity,
        },
        ["annotations"] = new JsonObject(),
        ["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture),
        ["endsAt"] = "0001-01-01T00:00:00Z",
        ["fingerprint"] = index.ToString("x16", CultureInfo.InvariantCulture),
    };
}
