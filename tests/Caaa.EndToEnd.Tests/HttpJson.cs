using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caaa.EndToEnd.Tests;

/// <summary>Reads the real servers' answers as JSON, for what <c>ReplayHttp</c> does not cover.</summary>
internal static class HttpJson
{
    public static async Task<JsonElement> GetAsync(this HttpClient http, Uri baseUrl, string path) =>
        await http.GetFromJsonAsync<JsonElement>(new Uri(baseUrl, path));

    /// <summary>Every silence the real Alertmanager holds whose matchers name this case.</summary>
    public static async Task<IReadOnlyList<JsonElement>> SilencesForCaseAsync(
        this HttpClient http,
        Uri alertmanager,
        string caseId)
    {
        var silences = await http.GetAsync(alertmanager, "api/v2/silences");
        return silences.EnumerateArray()
            .Where(s => s.GetProperty("matchers").EnumerateArray().Any(m =>
                m.GetProperty("name").GetString() == Caaa.Cli.Replay.OpenMetricsWriter.ScopeLabel
                && m.GetProperty("value").GetString() == caseId))
            .ToList();
    }

    public static string State(this JsonElement silence) =>
        silence.GetProperty("status").GetProperty("state").GetString()!;

    /// <summary>An instant query through the real Prometheus; the whole answer, status included.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient http, Uri prometheus, string query)
    {
        // A rejected query answers 400 with a JSON error body; the caller wants to see that body.
        var url = new Uri(prometheus, $"api/v1/query?query={Uri.EscapeDataString(query)}");
        using var response = await http.GetAsync(url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The numbers of an instant query's answer, by the value of one label.</summary>
    public static IReadOnlyDictionary<string, double> Values(this JsonElement answer, string label) =>
        answer.GetProperty("data").GetProperty("result").EnumerateArray().ToDictionary(
            r => r.GetProperty("metric").TryGetProperty(label, out var value) ? value.GetString()! : "",
            r => double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture),
            StringComparer.Ordinal);
}
