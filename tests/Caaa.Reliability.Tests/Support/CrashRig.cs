using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using WireMock.Server;

namespace Caaa.Reliability.Tests.Support;

/// <summary>One store, one config, fake upstreams: the sidecar can be started, killed and restarted on it.</summary>
internal sealed class CrashRig : IDisposable
{
    public CrashRig()
    {
        Folder = System.IO.Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Onset = DateTimeOffset.UtcNow.AddMinutes(-10);
        Onset = Onset.AddTicks(-(Onset.Ticks % TimeSpan.TicksPerSecond));
        Prometheus = FakePrometheus.Start();
        ConfigPath = System.IO.Path.Combine(Folder, "caaa.yaml");
        File.WriteAllText(ConfigPath, Config());
    }

    public string Folder { get; }

    public string StorePath => System.IO.Path.Combine(Folder, "caaa.db");

    public string ConfigPath { get; }

    public DateTimeOffset Onset { get; }

    public WireMockServer Prometheus { get; }

    public FakeAlertmanager Alertmanager { get; } = new();

    public void Dispose()
    {
        Prometheus.Stop();
        Alertmanager.Dispose();
    }

    public static async Task<List<string>> PostAllAsync(HttpClient client, IEnumerable<JsonObject> notifications)
    {
        var statuses = new List<string>();
        foreach (var notification in notifications)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/webhook", notification);
            statuses.Add(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }

        return statuses;
    }

    public static async Task<JsonArray> AttributionsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions?pageSize=500");
        return page!["items"]!.AsArray();
    }

    /// <summary>Polls until <paramref name="count"/> attributions exist; a bounded number of polls, not a time.</summary>
    public static async Task<JsonArray> WaitForAttributionsAsync(HttpClient client, int count)
    {
        JsonArray items = [];
        for (var poll = 0; poll < 1200; poll++)
        {
            items = await AttributionsAsync(client);
            if (items.Count >= count)
            {
                return items;
            }

            await Task.Delay(50);
        }

        return items;
    }

    public (string Integrity, string JournalMode, long SchemaVersion) InspectStore()
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return (Scalar(connection, "PRAGMA integrity_check"), Scalar(connection, "PRAGMA journal_mode"),
            long.Parse(Scalar(connection, "SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture));
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private string Config() => $$"""
        store:
          path: {{StorePath}}
        model:
          path: {{TinyModel.Path}}
          confidenceThreshold: 0.6
        queue:
          workers: 2
          sweepInterval: 1s
          maxAttempts: 5
        silencing:
          mode: enforce
          minConfidence: 0.6
        annotations:
          enabled: false
        evidence:
          lookback: 30m
          lookahead: 5m
          step: 30s
          signals:
            - signal: load
              query: 'sum by (service) (rate(http_requests_total{service="{{"{{service}}"}}"}[1m]))'
        prometheus:
          baseUrl: {{Prometheus.Url}}
          cacheTtl: 00:00:00.001
        alertmanager:
          baseUrl: {{Alertmanager.Url}}
        contextSources:
          staticEvents:
            - name: Spring sale
              start: {{Onset.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}
              duration: "04:00:00"
              services: [checkout]
        """;
}
