using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Caaa.Core.Context;

namespace Caaa.Cli.Replay;

/// <summary>The few HTTP calls a replay makes to the real Alertmanager, Prometheus and the sidecar.</summary>
internal sealed class ReplayHttp(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PushEventAsync(Uri sidecar, ContextEvent contextEvent, CancellationToken cancellationToken)
    {
        var body = new
        {
            kind = contextEvent.Kind.ToString().ToLowerInvariant(),
            name = contextEvent.Name,
            start = contextEvent.Start,
            end = contextEvent.End,
            services = contextEvent.Services,
            expectedLoadMultiplier = contextEvent.ExpectedLoadMultiplier,
        };
        using var response = await http.PostAsJsonAsync(new Uri(sidecar, "api/v1/events"), body, Json, cancellationToken);
        await EnsureAsync(response, "registering an event with the sidecar", cancellationToken);
    }

    public async Task PostAlertsAsync(Uri alertmanager, IEnumerable<ReplayAlert> alerts, CancellationToken cancellationToken)
    {
        var body = alerts.Select(a => new
        {
            labels = a.Labels,
            annotations = a.Annotations,
            startsAt = a.StartsAt,
            endsAt = a.EndsAt,
        }).ToArray();
        using var response = await http.PostAsJsonAsync(new Uri(alertmanager, "api/v2/alerts"), body, Json, cancellationToken);
        await EnsureAsync(response, "posting alerts to Alertmanager", cancellationToken);
    }

    /// <summary>Every attribution's detail, keyed by the replayed case it belongs to.</summary>
    public async Task<Dictionary<string, JsonElement>> AttributionsByCaseAsync(Uri sidecar, CancellationToken cancellationToken)
    {
        var byCase = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var page = await http.GetFromJsonAsync<JsonElement>(
            new Uri(sidecar, "api/v1/attributions?pageSize=500"), Json, cancellationToken);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString();
            var detail = await http.GetFromJsonAsync<JsonElement>(
                new Uri(sidecar, $"api/v1/attributions/{Uri.EscapeDataString(id!)}"), Json, cancellationToken);
            if (detail.GetProperty("labels").TryGetProperty(OpenMetricsWriter.ScopeLabel, out var caseId)
                && detail.GetProperty("current").GetBoolean())
            {
                byCase[caseId.GetString()!] = detail;
            }
        }

        return byCase;
    }

    /// <summary>Active silences in the real Alertmanager, keyed by the replayed case their matchers name.</summary>
    public async Task<HashSet<string>> SilencedCasesAsync(Uri alertmanager, CancellationToken cancellationToken)
    {
        var silences = await http.GetFromJsonAsync<JsonElement>(new Uri(alertmanager, "api/v2/silences"), Json, cancellationToken);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var silence in silences.EnumerateArray())
        {
            if (silence.GetProperty("status").GetProperty("state").GetString() != "active")
            {
                continue;
            }

            foreach (var matcher in silence.GetProperty("matchers").EnumerateArray())
            {
                if (matcher.GetProperty("name").GetString() == OpenMetricsWriter.ScopeLabel)
                {
                    cases.Add(matcher.GetProperty("value").GetString()!);
                }
            }
        }

        return cases;
    }

    /// <summary>An instant query against the real Prometheus; the samples' label values and numbers.</summary>
    public async Task<IReadOnlyList<(string Label, double Value)>> QueryAsync(
        Uri prometheus,
        string query,
        string label,
        CancellationToken cancellationToken)
    {
        var url = new Uri(prometheus, $"api/v1/query?query={Uri.EscapeDataString(query)}");
        var answer = await http.GetFromJsonAsync<JsonElement>(url, Json, cancellationToken);
        return answer.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(r => (
                r.GetProperty("metric").TryGetProperty(label, out var value) ? value.GetString() ?? "" : "",
                double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what} failed: {(int)response.StatusCode} {body}");
        }
    }
}
