using Caaa.Integrations.Calendars;
using Caaa.Integrations.Context;
using Caaa.Integrations.Deployments;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static Caaa.Integrations.Tests.Context.ContextTestEvents;

namespace Caaa.Integrations.Tests.Context;

public sealed class ContextServiceCollectionExtensionsTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    [Fact]
    public async Task AddCaaaContextSources_CalendarFeedFailsOnceWith503_RetriesAndGathers()
    {
        _server.Given(Request.Create().WithPath("/ops.ics").UsingGet()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath("/ops.ics").UsingGet()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithHeader("Content-Type", "text/calendar")
                .WithBody(File.ReadAllText(ContextTestFiles.Case("C29.ics"))));
        var options = new ContextSourcesOptions
        {
            Calendars = [new IcsCalendarOptions { Name = "holidays", Url = new Uri($"{_server.Url}/ops.ics") }],
            StaticEvents = [new StaticEventOptions { Name = "Batch", Start = "2026-04-06T03:00:00Z" }],
        };
        await using var provider = new ServiceCollection().AddCaaaContextSources(options).BuildServiceProvider();

        var gatherer = provider.GetRequiredService<ContextGatherer>();
        var context = await gatherer.GatherAsync(At("2026-04-06T04:00:00Z"), default);

        Assert.True(context.Complete);
        Assert.Equal(["Public holiday A", "Batch"], context.Events.Select(e => e.Name));
        Assert.Equal(2, _server.LogEntries.Count);
    }

    [Fact]
    public void AddCaaaContextSources_EverySourceKind_RegistersOneSourceEachPlusPushed()
    {
        var deployment = new DeploymentSourceOptions
        {
            BaseUrl = new Uri("https://deploy.example.test"),
            Targets = [new DeploymentTarget { Name = "org-a/shop" }],
        };
        var options = new ContextSourcesOptions
        {
            Calendars = [new IcsCalendarOptions { Name = "ops", Url = new Uri("https://cal.example.test/ops.ics") }],
            JsonEvents = [new JsonEventsOptions { Name = "sales", Url = new Uri("https://sales.example.test/events") }],
            Deployments = new DeploymentsOptions
            {
                ArgoCd = [Copy(deployment, "argocd")],
                GitHub = [Copy(deployment, "github")],
                GitLab = [Copy(deployment, "gitlab")],
            },
        };
        using var provider = new ServiceCollection().AddCaaaContextSources(options).BuildServiceProvider();

        var sources = provider.GetServices<IContextSource>().ToList();

        Assert.Equal(["ops", "sales", "argocd", "github", "gitlab", "pushed"], sources.Select(s => s.Name));
        Assert.Equal(
            ["calendar", "calendar", "deployments", "deployments", "deployments"],
            sources.OfType<CachedContextSource>().Select(s => s.Upstream));
    }

    [Fact]
    public void AddCaaaContextSources_InvalidEntries_ThrowsNamingEachKey()
    {
        var options = new ContextSourcesOptions
        {
            Calendars = [new IcsCalendarOptions { Name = "ops" }],
            Deployments = new DeploymentsOptions { GitHub = [new DeploymentSourceOptions { Name = "gh" }] },
        };

        var failure = Assert.Throws<InvalidOperationException>(
            () => new ServiceCollection().AddCaaaContextSources(options));

        Assert.Contains(
            "ContextSources:Calendars:0: set exactly one of Url and Path", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ContextSources:Deployments:GitHub:0:BaseUrl", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ContextSources:Deployments:GitHub:0:Targets", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();

    private static DeploymentSourceOptions Copy(DeploymentSourceOptions template, string name) => new()
    {
        Name = name,
        BaseUrl = template.BaseUrl,
        Targets = template.Targets,
    };
}
