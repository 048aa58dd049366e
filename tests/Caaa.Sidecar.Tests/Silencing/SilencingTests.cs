using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Tests.Webhook;

namespace Caaa.Sidecar.Tests.Silencing;

public sealed class SilencingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 3, 0, TimeSpan.Zero);

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
    public async Task Silencing_NotConfidentExpectedLoad_NeverSilenced(AttributionClass attributionClass, double confidence)
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

    private static async Task<JsonObject> OnlyAttributionAsync(HttpClient client)
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
