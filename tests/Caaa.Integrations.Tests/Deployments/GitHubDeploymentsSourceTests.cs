using System.Globalization;
using System.Text.Json;
using Caaa.Core.Context;
using Caaa.Integrations.Deployments;
using Caaa.Integrations.Tests.Context;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Caaa.Integrations.Tests.Deployments;

public sealed class GitHubDeploymentsSourceTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _httpClient = new();
    private readonly JsonElement _case =
        JsonDocument.Parse(File.ReadAllText(ContextTestFiles.Case("C33.json"))).RootElement;

    [Fact]
    public async Task C33_TwoPagesWithMixedPayloads_ReturnsAllFourDeployments()
    {
        ServeCase(nextHost: _server.Url!);
        var source = CreateSut();

        var events = await source.GetEventsAsync(At("2026-02-01T00:00:00Z"), At("2026-03-05T00:00:00Z"), default);

        Assert.Equal(4, events.Count);
        Assert.Equal(2, source.LastPagesFetched);
        Assert.All(events, e => Assert.Equal(ContextEventKind.Deployment, e.Kind));
        Assert.Equal(
            ["deploy shop main", "deploy shop feature/login-fix", "deploy shop v2.6.2", "deploy shop v2.6.3"],
            events.Select(e => e.Name));
        var latest = events[^1];
        Assert.Equal(At("2026-03-02T10:00:00Z"), latest.Start);
        Assert.Equal(At("2026-03-02T10:00:41Z"), latest.End);
        Assert.Null(events[0].End);
    }

    [Fact]
    public async Task C33_Request_CapsPerPageAtOneHundred()
    {
        ServeCase(nextHost: _server.Url!);
        var source = CreateSut();

        await source.GetEventsAsync(At("2026-02-01T00:00:00Z"), At("2026-03-05T00:00:00Z"), default);

        var first = _server.LogEntries
            .First(e => e.RequestMessage.Path == "/repos/org-a/shop/deployments").RequestMessage;
        Assert.Equal("100", first.Query!["per_page"].Single());
        Assert.Equal("production", first.Query!["environment"].Single());
    }

    [Fact]
    public async Task C33_Payloads_DecodeWithoutThrowing()
    {
        ServeCase(nextHost: _server.Url!);
        var source = CreateSut();

        var deployments = await source.ListAsync(
            new DeploymentTarget { Name = "org-a/shop", Environment = "production" },
            At("2026-02-01T00:00:00Z"),
            null,
            default);

        var payloads = deployments.ToDictionary(d => d.Id, d => d.PayloadObject());
        Assert.Equal("shop:2.6.3", payloads[9003]!.Value.GetProperty("image").GetString());
        Assert.Null(payloads[9002]);
        Assert.Equal("shop:2.6.1", payloads[9001]!.Value.GetProperty("image").GetString());
        Assert.Equal(JsonValueKind.Object, payloads[8999]!.Value.ValueKind);
        Assert.Equal("feature/login-fix", deployments.Single(d => d.Id == 9001).Ref);
    }

    [Fact]
    public async Task GetEventsAsync_FirstPageReachesBeforeWindow_StopsPaging()
    {
        ServeCase(nextHost: _server.Url!);
        var source = CreateSut();

        var events = await source.GetEventsAsync(At("2026-03-01T00:00:00Z"), At("2026-03-05T00:00:00Z"), default);

        Assert.Equal(1, source.LastPagesFetched);
        Assert.Equal(["deploy shop v2.6.2", "deploy shop v2.6.3"], events.Select(e => e.Name));
    }

    [Fact]
    public async Task GetEventsAsync_NextLinkOnAnotherHost_ThrowsInvalidResponse()
    {
        ServeCase(nextHost: "https://api.github.example.test");
        var source = CreateSut();

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(At("2026-02-01T00:00:00Z"), At("2026-03-05T00:00:00Z"), default));

        Assert.Equal(UpstreamFailure.InvalidResponse, failure.Reason);
    }

    [Fact]
    public void GraphQlNodeWithNullRef_FallsBackToCommitSha()
    {
        var node = _case.GetProperty("graphqlNodeSameDeployment");

        var revision = node.GetProperty("ref").GetString() ?? node.GetProperty("commit").GetProperty("oid").GetString();
        var name = DeploymentNames.Describe("shop", revision);

        Assert.Equal("deploy shop a1b2c3d", name);
    }

    public void Dispose()
    {
        _httpClient.Dispose();
        _server.Dispose();
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private GitHubDeploymentsSource CreateSut() => new(
        new DeploymentSourceOptions
        {
            Name = "github",
            BaseUrl = new Uri(_server.Url!),
            Targets = [new DeploymentTarget { Name = "org-a/shop", Environment = "production", Services = ["shop"] }],
        },
        _httpClient);

    private void ServeCase(string nextHost)
    {
        var pages = _case.GetProperty("pages");
        var link = pages[0].GetProperty("headers").GetProperty("Link").GetString()!
            .Replace("https://api.github.example.test", nextHost, StringComparison.Ordinal);
        _server.Given(Request.Create().WithPath("/repos/org-a/shop/deployments").UsingGet())
            .RespondWith(Json(pages[0].GetProperty("body")).WithHeader("Link", link));
        _server.Given(Request.Create().WithPath("/repositories/555/deployments").WithParam("page", "2").UsingGet())
            .RespondWith(Json(pages[1].GetProperty("body")));
        _server.Given(Request.Create().WithPath("/repos/org-a/shop/deployments/*/statuses").UsingGet())
            .AtPriority(10)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("[]"));
        _server.Given(Request.Create().WithPath("/repos/org-a/shop/deployments/9003/statuses").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                """
                [{"id":3,"state":"success","created_at":"2026-03-02T10:00:41Z"},
                 {"id":2,"state":"in_progress","created_at":"2026-03-02T10:00:05Z"}]
                """));
    }

    private static IResponseBuilder Json(JsonElement body) =>
        Response.Create().WithHeader("Content-Type", "application/json").WithBody(body.GetRawText());
}
