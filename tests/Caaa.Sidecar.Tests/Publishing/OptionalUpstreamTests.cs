using Caaa.Integrations;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Caaa.Sidecar.Tests.Publishing;

/// <summary>
/// An optional upstream left unconfigured is skipped quietly: no call, no failure counted, no warning.
/// </summary>
public sealed class OptionalUpstreamTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 3, 0, TimeSpan.Zero);

    [Fact]
    public async Task Annotations_GrafanaNotConfigured_SkippedQuietlyAndSaidOnceAtStart()
    {
        await using var factory = new SidecarFactory(now: Now) { GrafanaConfigured = false };
        using var client = factory.CreateClient();
        var firing = Payloads.Firing();

        (await client.PostWebhookAsync(firing)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        (await client.PostWebhookAsync(Payloads.Resolved(firing, "2026-03-02T10:02:00Z"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var metrics = factory.Get<CaaaMetrics>();
        Assert.Equal(1, factory.CountRows("attributions"));
        Assert.All(AnnotationActions.All, action => Assert.Equal(0, metrics.Annotations.WithLabels(action).Value));
        AssertNoFailures(metrics, Upstreams.Grafana);
        AssertNoCaaaWarnings(factory);
        Assert.Single(factory.Logs.Entries, e => e.Text.StartsWith("Grafana annotations are off",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Silencing_ShadowModeWithoutAlertmanager_WouldSilenceAndNothingFailed()
    {
        await using var factory = new SidecarFactory(now: Now) { AlertmanagerConfigured = false };
        factory.Context.AddCalendarEvent(Now.AddHours(-1), Now.AddHours(2));
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var metrics = factory.Get<CaaaMetrics>();
        Assert.Equal(1, metrics.Silences.WithLabels(SilenceActions.Skipped).Value);
        Assert.Equal(0, metrics.Silences.WithLabels(SilenceActions.Failed).Value);
        AssertNoFailures(metrics, Upstreams.Alertmanager);
        AssertNoCaaaWarnings(factory);
    }

    [Fact]
    public async Task Silencing_EnforceModeWithoutAlertmanager_WarnedAtStart()
    {
        await using var factory = new SidecarFactory(now: Now) { AlertmanagerConfigured = false };
        factory.Settings["silencing:mode"] = "enforce";

        using var client = factory.CreateClient();

        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Text.Contains("no Alertmanager is configured", StringComparison.Ordinal));
    }

    private static void AssertNoFailures(CaaaMetrics metrics, string upstream)
    {
        foreach (var reason in Enum.GetValues<UpstreamFailure>())
        {
            Assert.Equal(0, metrics.UpstreamFailures.WithLabels(upstream, CaaaMetrics.ReasonLabel(reason)).Value);
        }
    }

    private static void AssertNoCaaaWarnings(SidecarFactory factory) =>
        Assert.DoesNotContain(factory.Logs.Entries,
            e => e.Category.StartsWith("Caaa", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
}
