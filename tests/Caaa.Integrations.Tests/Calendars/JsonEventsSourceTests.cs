using Caaa.Core.Context;
using Caaa.Integrations.Calendars;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static Caaa.Integrations.Tests.Calendars.IcsTestSources;

namespace Caaa.Integrations.Tests.Calendars;

public sealed class JsonEventsSourceTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _httpClient = new();

    [Fact]
    public async Task GetEventsAsync_ValidAnswer_MapsEveryField()
    {
        Serve(
            """
            [{"name":"Black Friday","start":"2026-11-27T00:00:00Z","end":"2026-11-28T00:00:00Z",
              "services":["frontend","checkout"],"expectedLoadMultiplier":4.5},
             {"name":"hotfix","start":"2026-11-27T10:00:00Z","kind":"deployment"}]
            """);
        var source = CreateSut();

        var events = await source.GetEventsAsync(Utc("2026-11-27T08:00Z"), Utc("2026-11-27T12:00Z"), default);

        Assert.Equal(2, events.Count);
        Assert.Equal(
            new ContextEvent(ContextEventKind.Calendar, "Black Friday", Utc("2026-11-27T00:00Z"),
                Utc("2026-11-28T00:00Z"), events[0].Services, "sales-api", 4.5),
            events[0]);
        Assert.Equal(["frontend", "checkout"], events[0].Services);
        Assert.Equal(ContextEventKind.Deployment, events[1].Kind);
        Assert.Null(events[1].End);
    }

    [Fact]
    public async Task GetEventsAsync_Request_SendsWindowInUtcIso()
    {
        Serve("[]");
        var source = CreateSut();

        await source.GetEventsAsync(Utc("2026-11-27T09:00:00+01:00"), Utc("2026-11-27T12:00Z"), default);

        var request = Assert.Single(_server.LogEntries).RequestMessage;
        Assert.Equal("2026-11-27T08:00:00.0000000Z", request.Query!["from"].Single());
        Assert.Equal("2026-11-27T12:00:00.0000000Z", request.Query!["to"].Single());
        Assert.Equal("eu", request.Query!["region"].Single());
    }

    [Theory]
    [InlineData("""[{"start":"2026-11-27T00:00:00Z"}]""", "[0].name")]
    [InlineData("""[{"name":"x","start":"2026-11-27T00:00:00Z","end":"2026-11-26T00:00:00Z"}]""", "[0].end")]
    [InlineData("""[{"name":"x","start":"2026-11-27T00:00:00Z","kind":"party"}]""", "[0].kind")]
    [InlineData("""{"events":[]}""", "unreadable")]
    [InlineData("""[{"name":"x","start":"yesterday"}]""", "unreadable")]
    public async Task GetEventsAsync_BadAnswer_ThrowsInvalidResponseNamingTheField(string body, string named)
    {
        Serve(body);
        var source = CreateSut();

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(Utc("2026-11-27T08:00Z"), Utc("2026-11-27T12:00Z"), default));

        Assert.Equal(UpstreamFailure.InvalidResponse, failure.Reason);
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventsAsync_ServerError_ThrowsRetryableUnavailable()
    {
        _server.Given(Request.Create().WithPath("/events").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));
        var source = CreateSut();

        var failure = await Assert.ThrowsAsync<UpstreamException>(
            () => source.GetEventsAsync(Utc("2026-11-27T08:00Z"), Utc("2026-11-27T12:00Z"), default));

        Assert.Equal(UpstreamFailure.Unavailable, failure.Reason);
        Assert.True(failure.Retryable);
    }

    public void Dispose()
    {
        _httpClient.Dispose();
        _server.Dispose();
    }

    private JsonEventsSource CreateSut() =>
        new(
            new JsonEventsOptions { Name = "sales-api", Url = new Uri($"{_server.Url}/events?region=eu") },
            _httpClient);

    private void Serve(string body) =>
        _server.Given(Request.Create().WithPath("/events").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));
}
