using System.Globalization;
using System.Text.Json;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Reads <c>&lt;day&gt;-fault_list.json</c>: <c>{"HH": [{inject_time, inject_timestamp, inject_pod, inject_type}]}</c>.
/// The injection instant is taken from <c>inject_time</c> read as UTC. <c>inject_timestamp</c> disagrees with it
/// for 23 of the 28 Train Ticket faults (8 h early, i.e. written as China time, which puts them before the
/// metrics begin, and two of them share one value) and for one Online Boutique fault (one minute); the hour keys
/// and the metric files agree with <c>inject_time</c>.
/// </summary>
internal static class NezhaFaultList
{
    public static IReadOnlyList<NezhaFault> Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(path, (int?)e.LineNumber + 1, null, $"invalid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException(path, 1, null, "expected an object keyed by hour");
            }

            return document.RootElement.EnumerateObject()
                .SelectMany(hour => ReadHour(path, hour))
                .OrderBy(f => f.Injected)
                .ToArray();
        }
    }

    private static IEnumerable<NezhaFault> ReadHour(string path, JsonProperty hour)
    {
        if (hour.Value.ValueKind != JsonValueKind.Array)
        {
            throw new DatasetFormatException(path, null, hour.Name, "expected a list of injections");
        }

        var index = 0;
        foreach (var entry in hour.Value.EnumerateArray())
        {
            var where = $"{hour.Name}[{index++}]";
            var time = Field(path, entry, where, "inject_time");
            var pod = Field(path, entry, where, "inject_pod");
            var type = Field(path, entry, where, "inject_type");
            if (!DateTimeOffset.TryParseExact(time, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var injected))
            {
                throw new DatasetFormatException(path, null, $"{where}.inject_time", $"'{time}' is not a time");
            }

            yield return new NezhaFault(injected.ToUniversalTime(), pod, NezhaPods.ServiceOf(pod), type);
        }
    }

    private static string Field(string path, JsonElement entry, string where, string name) =>
        entry.ValueKind == JsonValueKind.Object
        && entry.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text
            : throw new DatasetFormatException(path, null, $"{where}.{name}", "missing or not a string");
}
