using System.Text.Json;
using Caaa.Core.Context;
using Caaa.Integrations.Context;
using Caaa.Integrations.Deployments;
using Caaa.Integrations.Tests.Context;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Caaa.Integrations.Tests.Deployments;

public sealed class ArgoCdDeploymentsSourceTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _httpClient = new();
    private readonly string _tokenFile = Path.Combine(Path.GetTempPath(), $"caaa-argo-{Guid.NewGuid():N}.token");

    [Fact]
    public void C32_MultiSourceHistory_LatestIsMaxIdWithGitShaAndChart()
    {
        var application = JsonSerializer.Deserialize<ArgoCdApplication>(
            File.ReadAllText(ContextTestFiles.Case("C32.json")), ContextHttp.Json)!;

        var history = ArgoCdHistory.Read(application);

        var latest = ArgoCdHistory.Latest(history)!;
        Assert.Equal(20, latest.Id);
        Assert.Equal(At("2026-03-02T10:00:37Z"), latest.DeployedAt);
        Assert.Equal(TimeSpan.FromSeconds(37), latest.Duration);
        Assert.Equal("4e1c0a9b7d2f6e8a1b3c5d7e9f0a2b4c6d8e0f1a", latest.GitRevision);
        Assert.Equal("2.6.3", latest.ChartVersion);
        var oldest = history[0];
        Assert.Equal(17, oldest.Id);
        Assert.Equal("9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b", oldest.GitRevision);
        Assert.Null(oldest.ChartVersion);
        Assert.Null(oldest.Duration);
        Assert.Equal("2.6.2", history.Single(d => d.Id == 19).ChartVersion);
    }

    [Fact]
    public async Task C32_GetEventsAsync_MapsSyncsToDeploymentEvents()
    {
        var authorized = Request.Create().WithPath("/api/v1/applications/shop").UsingGet()
            .WithHeader("Authorization", "Bearer argo-token");
        _server.Given(authorized)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody(File.ReadAllText(ContextTestFiles.Case("C32.json"))));
        var source = CreateSut();

        var events = await source.GetEventsAsync(At("2026-02-20T00:00:00Z"), At("2026-03-03T00:00:00Z"), default);

        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Equal(ContextEventKind.Deployment, e.Kind));
        Assert.All(events, e => Assert.Equal(["cartservice", "checkout"], e.Services));
        var latest = events[^1];
        Assert.Equal("deploy shop 4e1c0a9 chart 2.6.3", latest.Name);
        Assert.Equal(At("2026-03-02T10:00:00Z"), latest.Start);
        Assert.Equal(At("2026-03-02T10:00:37Z"), latest.End);
        Assert.Equal("deploy shop 9b8a7c6", events[0].Name);
        Assert.Equal(At("2026-02-20T08:00:05Z"), events[0].Start);
        Assert.Null(events[0].End);
    }

    [Fact]
    public async Task GetEventsAsync_EntryWithoutAnyTime_ThrowsInvalidResponseNamingId()
    {
        _server.Given(Request.Create().WithPath("/api/v1/applications/shop").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":{"history":[{"id":42,"revision":"abc"}]}}"""));
        var source = CreateSut();

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(At("2026-02-20T00:00:00Z"), At("2026-03-03T00:00:00Z"), default));

        Assert.Equal(UpstreamFailure.InvalidResponse, failure.Reason);
        Assert.Contains("id 42", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventsAsync_Unauthorized_ThrowsRejectedNotRetryable()
    {
        _server.Given(Request.Create().WithPath("/api/v1/applications/shop").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401));
        var source = CreateSut();

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(At("2026-02-20T00:00:00Z"), At("2026-03-03T00:00:00Z"), default));

        Assert.Equal(UpstreamFailure.Rejected, failure.Reason);
        Assert.False(failure.Retryable);
        Assert.Equal("deployments", failure.Upstream);
    }

    public void Dispose()
    {
        _httpClient.Dispose();
        _server.Dispose();
        File.Delete(_tokenFile);
    }

    private static DateTimeOffset At(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private ArgoCdDeploymentsSource CreateSut()
    {
        File.WriteAllText(_tokenFile, "argo-token\n");
        return new ArgoCdDeploymentsSource(
            new DeploymentSourceOptions
            {
                Name = "argocd",
                BaseUrl = new Uri(_server.Url!),
                TokenFile = _tokenFile,
                Targets = [new DeploymentTarget { Name = "shop", Services = ["cartservice", "checkout"] }],
            },
            _httpClient);
    }
}
