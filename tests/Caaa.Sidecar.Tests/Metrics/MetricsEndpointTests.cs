using System.Text.RegularExpressions;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Tests.Webhook;

namespace Caaa.Sidecar.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    private static readonly string[] ContractMetrics =
    [
        "caaa_attributions_total",
        "caaa_active_attributions",
        "caaa_expected_load_active",
        "caaa_webhook_requests_total",
        "caaa_webhook_duplicates_total",
        "caaa_webhook_truncated_alerts_total",
        "caaa_upstream_request_duration_seconds",
        "caaa_upstream_failures_total",
        "caaa_attribution_duration_seconds",
        "caaa_attribution_confidence",
        "caaa_silences_total",
        "caaa_annotations_total",
        "caaa_incidents_failed_total",
        "caaa_queue_depth",
        "caaa_build_info",
    ];

    [Fact]
    public async Task Metrics_AfterAnAttribution_ExposesEveryContractNameAndOnlyContractLabels()
    {
        await using var factory = new SidecarFactory();
        factory.Context.AddCalendarEvent(factory.Time.GetUtcNow(), factory.Time.GetUtcNow().AddHours(1));
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing(fingerprint: "feedfacecafe0001"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var scrape = await client.GetStringAsync("/metrics");

        foreach (var name in ContractMetrics)
        {
            Assert.Contains($"# TYPE {name} ", scrape, StringComparison.Ordinal);
        }

        Assert.Contains("caaa_attributions_total{classification=\"EXPECTED_LOAD\",alertname=\"HighLoad\"} 1", scrape,
            StringComparison.Ordinal);
        Assert.Contains("caaa_expected_load_active{service=\"checkout\"} 1", scrape, StringComparison.Ordinal);
        Assert.Contains("caaa_build_info{version=", scrape, StringComparison.Ordinal);
        Assert.Subset(WebhookCasesTests.ContractLabelNames, WebhookCasesTests.MetricLabelNames(scrape));
        Assert.DoesNotContain("feedfacecafe0001", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("shop", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ExposedCaaaNames_AreExactlyTheContractTable()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var contract = await File.ReadAllTextAsync(Path.Combine(SharedData.RepositoryRoot, "docs", "contracts.md"));

        var scrape = await client.GetStringAsync("/metrics");

        var documented = Regex.Matches(contract, @"^\| `(caaa_[a-z_]+)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var exposed = Regex.Matches(scrape, @"^# TYPE (caaa_[a-z_]+) ", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(ContractMetrics.Order(StringComparer.Ordinal), documented);
        Assert.Equal(ContractMetrics.Order(StringComparer.Ordinal), exposed);
    }

    [Theory]
    [InlineData(@"a\u0000b", @"a\uFFFDb")]
    [InlineData(@"line\nbreak\ttab\u007F\u0085", @"line\uFFFDbreak\uFFFDtab\uFFFD\uFFFD")]
    [InlineData(@"Überlast 🔥", @"Überlast 🔥")]
    public async Task Metrics_ControlCharactersInLabelValues_ReplacedInExposition(string value, string exposed)
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        var body = Payloads.Firing(alertName: Regex.Unescape(value), service: Regex.Unescape(value));

        (await client.PostWebhookAsync(body)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var scrape = await client.GetStringAsync("/metrics");

        var expected = Regex.Unescape(exposed);
        Assert.Contains($"alertname=\"{expected}\"}} 1", scrape, StringComparison.Ordinal);
        Assert.Contains($"caaa_active_attributions{{service=\"{expected}\"", scrape, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\u0000-\u0008\u000B-\u001F\u007F-\u009F]", scrape);
    }

    [Fact]
    public async Task Metrics_FreshRegistryPerHost_CountersStartAtZero()
    {
        await using var first = new SidecarFactory { RunWorker = false };
        using (var client = first.CreateClient())
        {
            (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        }

        await using var second = new SidecarFactory { RunWorker = false };
        using var secondClient = second.CreateClient();

        var scrape = await secondClient.GetStringAsync("/metrics");

        Assert.Contains("caaa_webhook_requests_total{outcome=\"accepted\"} 0", scrape, StringComparison.Ordinal);
    }
}
