using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Caaa.Sidecar.Tests.Wiring;

public sealed class LoggingDefaultsTests
{
    [Fact]
    public async Task Logging_Defaults_NoRequestLinesButDecisionsAtInformation()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");

        Assert.DoesNotContain(factory.Logs.Entries, e => IsAspNetCore(e.Category) && e.Level < LogLevel.Warning);
        Assert.Contains(factory.Logs.Entries,
            e => e.Category == typeof(IncidentEvaluator).FullName && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task Logging_ConfiguredAspNetCoreLevel_WinsOverTheDefault()
    {
        await using var factory = new SidecarFactory();
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
        using var client = factory.CreateClient();

        await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");

        Assert.Contains(factory.Logs.Entries, e => IsAspNetCore(e.Category) && e.Level == LogLevel.Information);
    }

    private static bool IsAspNetCore(string category) =>
        category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);
}
