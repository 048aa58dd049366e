using System.Text.Json;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Caaa.Integrations.Tests.Grafana;

public sealed class AnnotationClientTests : IClassFixture<WireMockFixture>
{
    private const string Annotations = "/api/annotations";

    private readonly WireMockFixture _wireMock;

    public AnnotationClientTests(WireMockFixture wireMock)
    {
        _wireMock = wireMock;
        _wireMock.Reset();
    }

    [Fact]
    public async Task C22_Create_DeploymentWindow_SentInEpochMillisecondsWithSubSecond()
    {
        var deployment = JsonDocument.Parse(SharedFiles.ReadCase("C22.json")).RootElement.GetProperty("deploymentEvent");
        var expected = JsonDocument.Parse(SharedFiles.ReadCase("C22.json")).RootElement.GetProperty("expect").GetProperty("body");
        Respond("POST", Annotations, """{"id":101,"message":"Annotation added"}""");
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);
        var annotation = new Annotation(
            deployment.GetProperty("startedAt").GetDateTimeOffset(),
            deployment.GetProperty("finishedAt").GetDateTimeOffset(),
            ["deploy", "shop"],
            "shop deployed");
        using var culture = new CultureScope("de-DE");

        var id = await Client(provider).CreateAsync(annotation, CancellationToken.None);

        var body = PostedBody();
        Assert.Equal(101, id);
        Assert.Equal(expected.GetProperty("time").GetInt64(), body.GetProperty("time").GetInt64());
        Assert.Equal(expected.GetProperty("timeEnd").GetInt64(), body.GetProperty("timeEnd").GetInt64());
        Assert.Equal(["deploy", "shop"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task C22_Create_SecondsReadAsMilliseconds_RefusedBeforeSending()
    {
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);
        var annotation = new Annotation(DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600), null, ["deploy"], "x");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Client(provider).CreateAsync(annotation, CancellationToken.None));

        Assert.Empty(_wireMock.Server.LogEntries);
    }

    [Theory]
    [InlineData(1_767_225_600L, 1_767_225_600_000L)]
    [InlineData(1_767_225_600_500L, 1_767_225_600_500L)]
    public void C22_Normalize_SecondsScaledMillisecondsKept(long raw, long expected)
    {
        var milliseconds = EpochMilliseconds.Normalize(raw);

        Assert.Equal(expected, milliseconds);
    }

    [Fact]
    public async Task C23_Create_DashboardByUidAndPanel_NoNumericId()
    {
        var good = JsonDocument.Parse(SharedFiles.ReadCase("C23.json")).RootElement.GetProperty("goodBody");
        Respond("POST", Annotations, """{"id":7,"message":"Annotation added"}""");
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);
        var annotation = new Annotation(DateTimeOffset.FromUnixTimeMilliseconds(good.GetProperty("time").GetInt64()), null,
            ["deploy"], "deploy", DashboardUid: "ops-overview", PanelId: 4);

        await Client(provider).CreateAsync(annotation, CancellationToken.None);

        var body = PostedBody();
        Assert.Equal("ops-overview", body.GetProperty("dashboardUID").GetString());
        Assert.Equal(4, body.GetProperty("panelId").GetInt32());
        Assert.False(body.TryGetProperty("dashboardId", out _));
        Assert.False(body.TryGetProperty("dashboardUid", out _));
        Assert.False(body.TryGetProperty("timeEnd", out _));
        Assert.Equal(good.EnumerateObject().Select(p => p.Name).Order(), body.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task C23_Find_QueriesDashboardUidWithExactCasing()
    {
        Respond("GET", Annotations, SharedFiles.ReadWireFormat("grafana-annotations/GET_api_annotations.response.json"));
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);
        var lookup = provider.GetRequiredService<IAnnotationLookup>();

        var found = await lookup.FindAsync("ops-overview", DateTimeOffset.FromUnixTimeMilliseconds(1_772_442_000_000),
            DateTimeOffset.FromUnixTimeMilliseconds(1_772_449_200_000), ["caaa"], CancellationToken.None);

        var query = Assert.Single(_wireMock.Requests(Annotations, "GET")).RequestMessage.RawQuery!;
        Assert.Contains("dashboardUID=ops-overview", query, StringComparison.Ordinal);
        Assert.DoesNotContain("dashboardID", query, StringComparison.Ordinal);
        Assert.Contains("from=1772442000000", query, StringComparison.Ordinal);
        Assert.Equal(2, found.Count);
        Assert.Equal(1124, found[0].Id);
        Assert.Null(found[0].End);
        Assert.Equal("jcIIG-07z", found[1].DashboardUid);
    }

    [Fact]
    public async Task Create_DocumentedReplyWithTrailingComma_IdStillRead()
    {
        Respond("POST", Annotations,
            SharedFiles.ReadWireFormat("grafana-annotations/POST_api_annotations.response.verbatim-invalid-json.txt"));
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);

        var id = await Client(provider).CreateAsync(
            new Annotation(DateTimeOffset.FromUnixTimeMilliseconds(1_507_037_197_339), null, [], "x"), CancellationToken.None);

        Assert.Equal(1, id);
    }

    [Theory]
    [InlineData("""{"message":"Annotation added","id": 1,}""", 1L)]
    [InlineData("""{"id":"42"}""", 42L)]
    [InlineData("""{"id": 9 "message"}""", 9L)]
    [InlineData("""{"message":"Annotation added"}""", null)]
    [InlineData("<html>", null)]
    public void ReadId_GrafanaReplyShapes_IdOrNull(string body, long? expected)
    {
        var id = AnnotationIdReader.TryRead(body);

        Assert.Equal(expected, id);
    }

    [Fact]
    public async Task Create_ServiceAccountToken_SentAsBearer()
    {
        _wireMock.Server.Given(Request.Create().WithPath(Annotations).UsingPost()
                .WithHeader("Authorization", "Bearer glsa_test_token"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":3}"""));
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);

        var id = await Client(provider).CreateAsync(
            new Annotation(DateTimeOffset.FromUnixTimeMilliseconds(1_507_037_197_339), null, [], "x"), CancellationToken.None);

        Assert.Equal(3, id);
    }

    [Fact]
    public async Task Update_End_PatchesTimeEndInMilliseconds()
    {
        Respond("PATCH", Annotations + "/55",
            SharedFiles.ReadWireFormat("grafana-annotations/PATCH_api_annotations_id.response.json"));
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);

        await Client(provider).UpdateAsync(55, DateTimeOffset.FromUnixTimeMilliseconds(1_507_180_805_056), "resolved",
            CancellationToken.None);

        var body = JsonDocument.Parse(Assert.Single(_wireMock.Requests(Annotations + "/55", "PATCH")).RequestMessage.Body!)
            .RootElement;
        Assert.Equal(1_507_180_805_056, body.GetProperty("timeEnd").GetInt64());
        Assert.Equal("resolved", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Create_Grafana503_NotRepeatedSoNoDuplicateAnnotation()
    {
        Respond("POST", Annotations, """{"message":"unavailable"}""", 503);
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).CreateAsync(
            new Annotation(DateTimeOffset.FromUnixTimeMilliseconds(1_507_037_197_339), null, [], "x"), CancellationToken.None));

        Assert.True(error.Retryable);
        Assert.Single(_wireMock.Requests(Annotations, "POST"));
    }

    [Fact]
    public async Task Update_Grafana503_RetriedBounded()
    {
        Respond("PATCH", Annotations + "/8", """{"message":"unavailable"}""", 503);
        using var provider = ClientFactory.Grafana(_wireMock.BaseUrl);

        await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).UpdateAsync(8, null, "x", CancellationToken.None));

        Assert.Equal(3, _wireMock.Requests(Annotations + "/8", "PATCH").Count);
    }

    private static IAnnotationClient Client(ServiceProvider provider) => provider.GetRequiredService<IAnnotationClient>();

    private JsonElement PostedBody() =>
        JsonDocument.Parse(Assert.Single(_wireMock.Requests(Annotations, "POST")).RequestMessage.Body!).RootElement;

    private void Respond(string method, string path, string body, int status = 200) =>
        _wireMock.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody(body));
}
