using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Webhook;
using Prometheus;

namespace Caaa.Sidecar.Tests.Webhook;

/// <summary>Regression tests for the handed webhook cases (CASES.md C01–C05, C08).</summary>
public sealed class WebhookCasesTests
{
    [Fact]
    public async Task C01_TruncatedAlerts_ProcessesPresentCountsTruncatedAndResolvesNothing()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        var complete = Payloads.Case("C01.json").DeepClone();
        var third = complete["alerts"]![1]!.DeepClone();
        third["labels"]!["instance"] = "node-c:9100";
        third["fingerprint"] = "1a2b3c4d5e6f7003";
        complete["alerts"]!.AsArray().Add(third);
        complete["truncatedAlerts"] = 0;
        (await client.PostWebhookAsync(complete)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var response = await client.PostWebhookAsync(Payloads.Case("C01.json"));
        var receipt = await response.Content.ReadFromJsonAsync<WebhookReceipt>();
        await factory.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new WebhookReceipt(Alerts: 2, NewIncidents: 0, Duplicate: false, Incomplete: true), receipt);
        Assert.Equal(3, Value(factory.Get<Caaa.Sidecar.Metrics.CaaaMetrics>().WebhookTruncatedAlerts));
        var nodeC = await IncidentAsync(factory, "1a2b3c4d5e6f7003", "2026-03-02T10:00:05Z");
        Assert.Equal(AlertStatus.Firing, nodeC.Status);
        Assert.Null(nodeC.EndsAt);
        Assert.Empty(factory.Silences.Expired);
    }

    [Fact]
    public async Task C02_ZeroEndsAt_IsNullAndResolvedAlertKeepsItsEnd()
    {
        var body = File.ReadAllBytes(SharedData.Case("C02.json"));

        var result = NotificationParser.Parse(body);

        Assert.True(result.IsValid);
        var (firing, resolved) = (result.Notification!.Alerts[0], result.Notification.Alerts[1]);
        Assert.Equal(AlertStatus.Firing, firing.Status);
        Assert.Null(firing.EndsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), firing.StartsAt);
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 58, 30, 500, TimeSpan.Zero), resolved.EndsAt);
    }

    [Fact]
    public async Task C02_ZeroEndsAt_StoredWithoutEnd()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.PostWebhookAsync(Payloads.Case("C02.json"));

        response.EnsureSuccessStatusCode();
        var firing = await IncidentAsync(factory, "2b3c4d5e6f700101", "2026-03-02T10:00:00.1234567Z");
        Assert.Null(firing.EndsAt);
        var resolved = await IncidentAsync(factory, "2b3c4d5e6f700102", "2026-03-02T09:40:00Z");
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 58, 30, 500, TimeSpan.Zero), resolved.EndsAt);
    }

    [Fact]
    public async Task C03_GroupFiringWithResolvedAlert_StatePerAlert()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.PostWebhookAsync(Payloads.Case("C03.json"));

        response.EnsureSuccessStatusCode();
        var api1 = await IncidentAsync(factory, "3c4d5e6f70010201", "2026-03-02T10:00:00Z");
        var api2 = await IncidentAsync(factory, "3c4d5e6f70010202", "2026-03-02T09:50:00Z");
        Assert.Equal(AlertStatus.Firing, api1.Status);
        Assert.Equal(AlertStatus.Resolved, api2.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 1, 0, TimeSpan.Zero), api2.EndsAt);
    }

    [Fact]
    public async Task C04_HaReplicasDeliverSameGroup_OneSideEffectAndDuplicateCounted()
    {
        await using var factory = EnforcingFactory(new DateTimeOffset(2026, 3, 2, 10, 5, 1, TimeSpan.Zero));
        using var client = factory.CreateClient();
        var deliveries = Payloads.Case("C04.json")["deliveries"]!.AsArray();

        foreach (var delivery in deliveries)
        {
            (await client.PostWebhookAsync(delivery!["body"]!)).EnsureSuccessStatusCode();
        }

        await factory.WaitForIdleAsync();

        Assert.Single(factory.Silences.Created);
        Assert.Single(factory.Annotations.Created);
        Assert.Equal(1, factory.Attributor.Calls);
        Assert.Equal(1, Value(factory.Get<Caaa.Sidecar.Metrics.CaaaMetrics>().WebhookDuplicates));
    }

    [Fact]
    public async Task C05_SameBodyPostedThreeTimes_OneSilenceOneAnnotationEveryAttemptAnswered()
    {
        await using var factory = EnforcingFactory(new DateTimeOffset(2026, 3, 2, 2, 0, 30, TimeSpan.Zero));
        using var client = factory.CreateClient();
        var body = Payloads.Case("C05.json")["body"]!;

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostWebhookAsync(body)).StatusCode);
            await factory.WaitForIdleAsync();
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Single(factory.Silences.Created);
        Assert.Single(factory.Annotations.Created);
        Assert.Equal(2, Value(factory.Get<Caaa.Sidecar.Metrics.CaaaMetrics>().WebhookDuplicates));
    }

    [Fact]
    public async Task C08_Utf8DottedAndLongLabels_RoundTripByteExactIntoExactMatchers()
    {
        await using var factory = EnforcingFactory(new DateTimeOffset(2026, 3, 2, 10, 3, 0, TimeSpan.Zero));
        using var client = factory.CreateClient();
        var body = Payloads.Case("C08.json");
        var sent = body["alerts"]![0]!["labels"]!.AsObject()
            .ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());

        (await client.PostWebhookAsync(body)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var incident = await IncidentAsync(factory, "8102030405060701", "2026-03-02T10:00:00Z");
        Assert.Equal(sent, incident.Labels);
        var matchers = Assert.Single(factory.Silences.Created).Matchers;
        Assert.Equal(sent.OrderBy(l => l.Key, StringComparer.Ordinal).ToArray(),
            matchers.Select(m => KeyValuePair.Create(m.Name, m.Value)).ToArray());
        Assert.All(matchers, m => Assert.True(m.IsEqual && !m.IsRegex));
        Assert.Contains(matchers, m => m.Name == "host.name" && m.Value == "web-01");
    }

    [Fact]
    public async Task C08_Utf8Labels_NeverBecomeMetricLabels()
    {
        await using var factory = EnforcingFactory(new DateTimeOffset(2026, 3, 2, 10, 3, 0, TimeSpan.Zero));
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Case("C08.json"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var scrape = await client.GetStringAsync("/metrics");

        Assert.Subset(ContractLabelNames, MetricLabelNames(scrape));
        foreach (var leaked in (string[])["8102030405060701", "web-01", "host.name", "eu-ouest", "paiements", "🙂"])
        {
            Assert.DoesNotContain(leaked, scrape, StringComparison.Ordinal);
        }
    }

    /// <summary>Every label name docs/contracts.md allows, plus the histogram bucket label.</summary>
    internal static readonly SortedSet<string> ContractLabelNames = new(StringComparer.Ordinal)
    {
        "classification", "alertname", "service", "outcome", "upstream", "reason", "action", "version", "model", "le",
    };

    internal static SidecarFactory EnforcingFactory(DateTimeOffset now)
    {
        var factory = new SidecarFactory(now: now);
        factory.Settings["silencing:mode"] = "enforce";
        factory.Context.AddCalendarEvent(now.AddHours(-2), now.AddHours(4));
        return factory;
    }

    internal static async Task<IncidentRecord> IncidentAsync(SidecarFactory factory, string fingerprint, string startsAt)
    {
        var alert = new ReceivedAlert(fingerprint, AlertStatus.Firing, new Dictionary<string, string>(),
            new Dictionary<string, string>(), DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture),
            null, null);
        var incident = await factory.Get<IncidentStore>().GetAsync(IncidentStore.IncidentId(alert), CancellationToken.None);
        return incident ?? throw new InvalidOperationException($"No incident {fingerprint} at {startsAt}.");
    }

    internal static double Value(Counter counter) => counter.Value;

    internal static SortedSet<string> MetricLabelNames(string scrape)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match match in
            System.Text.RegularExpressions.Regex.Matches(scrape, @"[{,]([a-zA-Z_][a-zA-Z0-9_]*)="""))
        {
            names.Add(match.Groups[1].Value);
        }

        return names;
    }
}
