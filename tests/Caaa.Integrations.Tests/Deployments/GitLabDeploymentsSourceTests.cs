using System.Globalization;
using Caaa.Integrations.Deployments;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Caaa.Integrations.Tests.Deployments;

public sealed class GitLabDeploymentsSourceTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _httpClient = new();
    private readonly string _tokenFile = Path.Combine(Path.GetTempPath(), $"caaa-gl-{Guid.NewGuid():N}.token");

    [Fact]
    public async Task GetEventsAsync_TwoPagesByXNextPage_ReturnsBothWithPrivateToken()
    {
        // WireMock matches the decoded path; the raw URL is checked below to keep %2F.
        var deployments = Request.Create().WithPath("/api/v4/projects/platform/shop/deployments").UsingGet()
            .WithHeader("PRIVATE-TOKEN", "gl-token");
        _server.Given(deployments.WithParam("order_by", "updated_at")
                .WithParam("updated_after", "2026-03-01T00:00:00Z"))
            .AtPriority(10)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithHeader("X-Next-Page", "2")
                .WithBody("""
                    [{"id":1,"ref":"main","sha":"0a1b2c3d4e5f60718293a4b5c6d7e8f901234567","status":"success",
                      "created_at":"2026-03-01T09:00:00Z","finished_at":"2026-03-01T09:04:00Z",
                      "deployable":{"started_at":"2026-03-01T09:01:00Z","finished_at":"2026-03-01T09:04:00Z"}}]
                    """));
        _server.Given(Request.Create().WithPath("/api/v4/projects/platform/shop/deployments")
                .WithParam("page", "2").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithHeader("X-Next-Page", "")
                .WithBody("""
                    [{"id":2,"ref":null,"sha":"4e1c0a9b7d2f6e8a1b3c5d7e9f0a2b4c6d8e0f1a","status":"running",
                      "created_at":"2026-03-01T11:00:00Z","deployable":null}]
                    """));
        var source = CreateSut();

        var events = await source.GetEventsAsync(At("2026-03-01T00:00:00Z"), At("2026-03-02T00:00:00Z"), default);

        Assert.Equal(2, events.Count);
        Assert.Equal(2, _server.LogEntries.Count);
        Assert.Equal("deploy shop main", events[0].Name);
        Assert.Equal(At("2026-03-01T09:01:00Z"), events[0].Start);
        Assert.Equal(At("2026-03-01T09:04:00Z"), events[0].End);
        Assert.Equal("deploy shop 4e1c0a9", events[1].Name);
        Assert.Null(events[1].End);
        Assert.Equal(["shop"], events[1].Services);
        Assert.All(
            _server.LogEntries,
            e => Assert.Contains("/projects/platform%2Fshop/", e.RequestMessage.Url, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _httpClient.Dispose();
        _server.Dispose();
        File.Delete(_tokenFile);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private GitLabDeploymentsSource CreateSut()
    {
        File.WriteAllText(_tokenFile, "gl-token");
        return new GitLabDeploymentsSource(
            new DeploymentSourceOptions
            {
                Name = "gitlab",
                BaseUrl = new Uri(_server.Url!),
                TokenFile = _tokenFile,
                Targets = [new DeploymentTarget { Name = "platform/shop", Services = ["shop"] }],
            },
            _httpClient);
    }
}
