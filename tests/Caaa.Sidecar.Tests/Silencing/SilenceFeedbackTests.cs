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

/// <summary>A person's correction outranks the model: FAULT or UNKNOWN feedback takes an incident's silence back.</summary>
public sealed class SilenceFeedbackTests
{
    private static readonly DateTimeOffset Now = SilencingTests.Now;

    [Theory]
    [InlineData("FAULT")]
    [InlineData("unknown")]
    public async Task Feedback_NotExpectedLoadOnSilencedIncident_SilenceExpiredAtOnceCountedAndRecorded(
        string verdict)
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var silenceId = Assert.Single(await factory.Silences.ListAsync(CancellationToken.None)).Id;
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = verdict, author = "sre-on-call" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([silenceId], factory.Silences.Expired);
        Assert.Equal(1, factory.Get<CaaaMetrics>().Silences.WithLabels(SilenceActions.Expired).Value);
        Assert.Empty(await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
        var record = await factory.Get<AttributionStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal($"silence taken back: human feedback says {verdict.ToUpperInvariant()} (sre-on-call)",
            record!.SilenceAction);
    }

    [Theory]
    [InlineData("FAULT", "sre-on-call", "disk full on the primary",
        "human feedback: FAULT (sre-on-call): disk full on the primary; CAAA took its silence back")]
    [InlineData("EXPECTED_LOAD", null, null, "human feedback: EXPECTED_LOAD")]
    public async Task Feedback_AnyVerdict_AnnotationTextSaysWhatTheHumanSaid(
        string verdict, string? author, string? comment, string line)
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = verdict, author, comment });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var update = Assert.Single(factory.Annotations.Updates);
        Assert.Equal(1, update.Id);
        Assert.Null(update.End);
        Assert.StartsWith("CAAA: EXPECTED_LOAD", update.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n" + line, update.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_GrafanaNotConfigured_201AndNothingAttempted()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        factory.GrafanaConfigured = false;
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback", new { @class = "FAULT" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(factory.Annotations.Updates);
    }

    [Fact]
    public async Task Feedback_FaultThenReChecks_SilenceNeitherKeptNorMadeAgain()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        var firing = Payloads.Firing();
        (await client.PostWebhookAsync(firing)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();
        (await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback", new { @class = "FAULT" }))
            .EnsureSuccessStatusCode();

        // The model still says a confident EXPECTED_LOAD; Alertmanager re-notifies the same alert.
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);
        (await client.PostWebhookAsync(firing)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Single(factory.Silences.Created);
        Assert.Single(factory.Silences.Expired);
        Assert.Empty(factory.Silences.Extended);
        Assert.DoesNotContain(await factory.Silences.ListAsync(CancellationToken.None), s => s.State == "active");
    }

    [Fact]
    public async Task Feedback_ObjectionStoredWhileSilenced_WatcherTakesItBackWithoutReEvaluating()
    {
        // The request's own expiry is what a lost Alertmanager call or a crash right after storing leaves out.
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();
        await factory.Get<FeedbackStore>().AddAsync(
            new FeedbackRecord(id, AttributionClass.Fault, null, null, Now), CancellationToken.None);
        var calls = factory.Attributor.Calls;

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Single(factory.Silences.Expired);
        Assert.Empty(factory.Silences.Extended);
        Assert.Equal(calls, factory.Attributor.Calls);
    }

    [Fact]
    public async Task Feedback_ExpectedLoadOnSilencedIncident_SilenceLeftAndStillExtended()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddMinutes(30));
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = "EXPECTED_LOAD" });
        factory.Context.Events.Clear();
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddHours(5), "Spring sale, extended");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(factory.Silences.Expired);
        Assert.Single(factory.Silences.Extended);
        Assert.Single(await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Feedback_FaultWhileAlertmanagerDown_201AndWatcherExpiresItNextTick()
    {
        await using var factory = WebhookCasesTests.EnforcingFactory(Now);
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var silenceId = Assert.Single(await factory.Silences.ListAsync(CancellationToken.None)).Id;
        var id = (await SilencingTests.OnlyAttributionAsync(client))["id"]!.GetValue<string>();
        factory.Silences.Unavailable = true;

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback", new { @class = "FAULT" });
        var stillActive = await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None);
        factory.Silences.Unavailable = false;
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.Get<SilenceWatcher>().RecheckAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, factory.CountRows("feedback"));
        Assert.Single(stillActive);
        Assert.Equal([silenceId], factory.Silences.Expired);
        Assert.Empty(factory.Silences.Extended);
        var metrics = factory.Get<CaaaMetrics>();
        Assert.Equal(1, metrics.Silences.WithLabels(SilenceActions.Failed).Value);
        Assert.Equal(1, metrics.Silences.WithLabels(SilenceActions.Expired).Value);
        Assert.Empty(await factory.Get<IncidentStore>().ListWithActiveSilenceAsync(CancellationToken.None));
    }
}
