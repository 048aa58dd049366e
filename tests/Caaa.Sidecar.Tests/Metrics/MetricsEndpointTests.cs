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
