using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Integrations.Alertmanager;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Tests.Webhook;

namespace Caaa.Sidecar.Tests.Silencing;

public sealed class SilencingTests
{
    internal static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 3, 0, TimeSpan.Zero);

    [Fact]
    public async Task Silencing_ShadowModeConfidentExpectedLoad_NoSilenceButRecordsWouldSilence()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddHours(2));
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Empty(factory.Silences.Created);
        var summary = await OnlyAttributionAsync(client);
        Assert.StartsWith("would_silence", summary["silenceAction"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, factory.Get<CaaaMetrics>().Silences.WithLabels(SilenceActions.Skipped).Value);
    }

    [Fact]
    public async Task Silencing_EnforceConfidentExpectedLoad_ExactlyOneExactBoundedSilence()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var request = Assert.Single(factory.Silences.Created);
        Assert.Equal(
            [("alertname", "HighLoad"), ("namespace", "shop"), ("service", "checkout"), ("severity", "warning")],
            request.Matchers.Select(m => (m.Name, m.Value)).ToArray());
        Assert.All(request.Matchers, m => Assert.True(m.IsEqual && !m.IsRegex));
        Assert.Equal("caaa", request.CreatedBy);
        Assert.Equal(TimeSpan.FromHours(2), request.Duration);
        var summary = await OnlyAttributionAsync(client);
        Assert.Contains(summary["id"]!.GetValue<string>(), request.Comment, StringComparison.Ordinal);
        Assert.Contains("Spring sale", request.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silencing_EventEndsBeforeMaxDuration_SilenceEndsWithEvent()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddMinutes(40));
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var request = Assert.Single(factory.Silences.Created);
        Assert.Equal(TimeSpan.FromMinutes(40), request.Duration);
        Assert.Equal(Now.AddMinutes(40), request.NotAfter);
    }

    [Fact]
    public async Task Silencing_MaxActiveSilencesHeld_NextAlertNotSilencedAndCountedCapped()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Settings["silencing:maxActive"] = "1";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing(service: "checkout"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        (await client.PostWebhookAsync(Payloads.Firing(fingerprint: "00000000000000b2", service: "cart")))
            .EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Single(factory.Silences.Created);
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        Assert.Contains(page!["items"]!.AsArray(), item => item!["silenceAction"]!.GetValue<string>()
            == "not silenced: 1 CAAA silences active, the maximum (silencing.maxActive)");
        var metrics = factory.Get<CaaaMetrics>();
        Assert.Equal(1, metrics.Silences.WithLabels(SilenceActions.Capped).Value);
        Assert.Equal(1, metrics.Silences.WithLabels(SilenceActions.Created).Value);
    }

    [Fact]
    public async Task Silencing_MaxActiveReachedBySilencesThatEnded_NewSilenceCreated()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Settings["silencing:maxActive"] = "1";
        factory.Settings["silencing:maxDuration"] = "10m";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing(service: "checkout"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        factory.Time.Advance(TimeSpan.FromMinutes(11));

        (await client.PostWebhookAsync(Payloads.Firing(fingerprint: "00000000000000b2", service: "cart")))
            .EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Equal(2, factory.Silences.Created.Count);
        Assert.Equal(0, factory.Get<CaaaMetrics>().Silences.WithLabels(SilenceActions.Capped).Value);
    }

    [Fact]
    public async Task Silencing_ProtectedSeverity_NeverSilenced()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Attributor.Confidence = 0.99;
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing(severity: "critical"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Empty(factory.Silences.Created);
        var summary = await OnlyAttributionAsync(client);
        Assert.Contains("protected", summary["silenceAction"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AttributionClass.Fault, 0.99)]
    [InlineData(AttributionClass.Unknown, 0.99)]
    [InlineData(AttributionClass.ExpectedLoad, 0.89)]
    public async Task Silencing_NotConfidentExpectedLoad_NeverSilenced(
        AttributionClass attributionClass,
        double confidence)
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Attributor.Class = attributionClass;
        factory.Attributor.Confidence = confidence;
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Empty(factory.Silences.Created);
        Assert.Single(factory.Annotations.Created);
    }

    [Fact]
    public async Task Silencing_NoCalendarEventCoversOnset_NeverSilenced()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Empty(factory.Silences.Created);
    }

    [Fact]
    public async Task Silencing_PrometheusUnreachable_UnknownAndNeverSilenced()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Prometheus.Unreachable = true;
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var summary = await OnlyAttributionAsync(client);
        Assert.Equal("UNKNOWN", summary["class"]!.GetValue<string>());
        Assert.Empty(factory.Silences.Created);
        Assert.Equal(0, factory.Attributor.Calls);
        Assert.Equal(1, factory.Get<CaaaMetrics>().UpstreamFailures.WithLabels("prometheus", "unavailable").Value);
    }

    [Fact]
    public async Task Watcher_ReEvaluationSaysFault_ExpiresSilenceOnTimerTick()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.RunWatcher = true;
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var silenceId = Assert.Single(await factory.Silences.ListAsync(CancellationToken.None)).Id;

        factory.Attributor.Class = AttributionClass.Fault;
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => factory.Silences.Expired.Count > 0);

        Assert.Equal([silenceId], factory.Silences.Expired);
        Assert.Equal(1, factory.Get<CaaaMetrics>().Silences.WithLabels(SilenceActions.Expired).Value);
        Assert.Contains(factory.Annotations.Updates, u => u.Text?.Contains("FAULT", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Watcher_EvidenceHolds_ExtendsUpToMaxDurationFromFirstCreation()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        factory.Settings["silencing:maxDuration"] = "2h";
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddMinutes(30));
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        factory.Context.Events.Clear();
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddHours(5), "Spring sale, extended");
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        var (_, end) = Assert.Single(factory.Silences.Extended);
        Assert.Equal(Now.AddHours(2), end);
        Assert.Empty(factory.Silences.Expired);
        Assert.Equal(1, factory.Get<CaaaMetrics>().Silences.WithLabels(SilenceActions.Extended).Value);
    }

    [Fact]
    public async Task Watcher_RecentMinutesShowErrorsTheLoadDoesNotExplain_TakesSilenceBack()
    {
        // The model still says a confident EXPECTED_LOAD (it reads the minutes around the onset, where the
        // surge dominates); only the last minutes show the fault that started an hour into the campaign.
        await using var factory = DriftFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var faultFrom = Now.AddMinutes(56);
        factory.Prometheus.Value = (query, t) => IsErrors(query) && t >= faultFrom ? 0.3 : Steady(query);

        factory.Time.Advance(TimeSpan.FromMinutes(60));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Single(factory.Silences.Expired);
        var latest = await LatestDecisionAsync(factory);
        Assert.Equal(AttributionClass.ExpectedLoad, latest.Class);
        Assert.StartsWith("silence taken back: the last 5m against the 30m before: error rail", latest.SilenceAction,
            StringComparison.Ordinal);
        Assert.Contains(factory.Annotations.Updates,
            u => u.Text?.Contains("error rail", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Watcher_RecentMinutesStillPlainLoad_SilenceKept()
    {
        await using var factory = DriftFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        // The campaign grows: twice the requests, CPU following them, errors unchanged.
        var growFrom = Now.AddMinutes(56);
        factory.Prometheus.Value = (query, t) => t >= growFrom && !IsErrors(query) ? 2 * Steady(query) : Steady(query);

        factory.Time.Advance(TimeSpan.FromMinutes(60));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Empty(factory.Silences.Expired);
        Assert.Matches("^silence (kept|extended): ", (await LatestDecisionAsync(factory)).SilenceAction);
    }

    [Fact]
    public async Task Watcher_RecheckWindowZero_OnlyTheModelsVerdictCounts()
    {
        await using var factory = DriftFactory();
        factory.Settings["silencing:recheckWindow"] = "0s";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        factory.Prometheus.Value = (query, t) => IsErrors(query) && t >= Now.AddMinutes(56) ? 0.3 : Steady(query);

        factory.Time.Advance(TimeSpan.FromMinutes(60));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Empty(factory.Silences.Expired);
        Assert.Matches("^silence (kept|extended): ", (await LatestDecisionAsync(factory)).SilenceAction);
    }

    [Fact]
    public async Task Watcher_OurSilenceUntrackedAfterACrash_ExpiredAndOthersLeftAlone()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var tracked = Assert.Single(await factory.Silences.ListAsync(CancellationToken.None));
        var incident = Assert.Single(
            await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
        // What a crash after Alertmanager stored a silence, before the store recorded it, leaves behind; and a
        // silence another replica made for an attribution this sidecar never saw.
        var orphan = await factory.Silences.CreateAsync(
            Request($"CAAA attribution {incident.AttributionId}: during calendar event"), CancellationToken.None);
        var foreign = await factory.Silences.CreateAsync(
            Request($"CAAA attribution {new string('a', 32)}: during calendar event"), CancellationToken.None);

        factory.Time.Advance(TimeSpan.FromMinutes(3));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Contains(orphan.Id, factory.Silences.Expired);
        Assert.DoesNotContain(foreign.Id, factory.Silences.Expired);
        Assert.DoesNotContain(tracked.Id, factory.Silences.Expired);
    }

    [Fact]
    public async Task Watcher_UntrackedSilenceYoungerThanTheGrace_LeftForTheWorkerToRecord()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var incident = Assert.Single(
            await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
        factory.Time.Advance(TimeSpan.FromMinutes(3));
        var young = await factory.Silences.CreateAsync(
            Request($"CAAA attribution {incident.AttributionId}: during calendar event"), CancellationToken.None);

        factory.Time.Advance(TimeSpan.FromSeconds(30));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.DoesNotContain(young.Id, factory.Silences.Expired);
    }

    private static SilenceRequest Request(string comment) =>
        new([new Matcher("alertname", "HighLoad", IsRegex: false, IsEqual: true)], TimeSpan.FromHours(1), null,
            SilenceManager.CreatedBy, comment);

    /// <summary>Enforcing, a campaign running 4 h, and the load, error and CPU signals queried.</summary>
    private static SidecarFactory DriftFactory()
    {
        var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.Settings["silencing:maxDuration"] = "4h";
        factory.Settings["evidence:signals:1:signal"] = "errors";
        factory.Settings["evidence:signals:1:query"] = "sum by (service) (rate(errors_total[1m]))";
        factory.Settings["evidence:signals:2:signal"] = "cpu";
        factory.Settings["evidence:signals:2:query"] = "sum by (service) (rate(cpu_seconds_total[1m]))";
        factory.Prometheus.Value = (query, _) => Steady(query);
        return factory;
    }

    private static bool IsErrors(string query) => query.Contains("errors_total", StringComparison.Ordinal);

    /// <summary>The campaign's plateau: 100 requests/s, 0.5 CPU, 0.1 % errors.</summary>
    private static double Steady(string query) =>
        IsErrors(query) ? 0.001 : query.Contains("cpu", StringComparison.Ordinal) ? 0.5 : 100;

    private static async Task<AttributionRecord> LatestDecisionAsync(SidecarFactory factory)
    {
        var store = factory.Get<AttributionStore>();
        var (items, _) = await store.ListAsync(new AttributionFilter(null, null, 1, 10), CancellationToken.None);
        return (await store.GetAsync(items[0].Id, CancellationToken.None))!;
    }

    [Fact]
    public async Task Watcher_CalendarEventEnded_ExpiresSilence()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        factory.Settings["silencing:maxDuration"] = "6h";
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddHours(3));
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        factory.Context.Events.Clear();
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddMinutes(5), "Spring sale, cut short");
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Single(factory.Silences.Expired);
    }

    [Fact]
    public async Task Watcher_AlertResolved_SilenceExpiredOnce()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        var firing = Payloads.Firing();
        (await client.PostWebhookAsync(firing)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        (await client.PostWebhookAsync(Payloads.Resolved(firing, "2026-03-02T10:02:30Z"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Single(factory.Silences.Expired);
        Assert.Empty(await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
    }

    internal static async Task<JsonObject> OnlyAttributionAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        return Assert.Single(page!["items"]!.AsArray())!.AsObject();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
