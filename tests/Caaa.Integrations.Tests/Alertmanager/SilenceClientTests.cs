using System.Globalization;
using System.Text.Json;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Caaa.Integrations.Tests.Alertmanager;

public sealed class SilenceClientTests : IClassFixture<WireMockFixture>
{
    private const string Silences = "/api/v2/silences";
    private const string Status = "/api/v2/status";
    private const string NewId = "4b1e2f6a-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset ServerNow = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly WireMockFixture _wireMock;

    public SilenceClientTests(WireMockFixture wireMock)
    {
        _wireMock = wireMock;
        _wireMock.Reset();
    }

    [Fact]
    public async Task C18_Create_Am027_SendsIsEqualTrueAndReadBackPasses()
    {
        Matcher[] matchers = [new("instance", "db-1:9100")];
        ArrangeServer("0.27.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var result = await Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None);

        var sent = PostedMatcher(0);
        Assert.Equal(NewId, result.Id);
        Assert.False(result.Reused);
        Assert.True(sent.GetProperty("isEqual").GetBoolean());
        Assert.False(sent.GetProperty("isRegex").GetBoolean());
        Assert.Single(_wireMock.Requests($"/api/v2/silence/{NewId}", "GET"));
    }

    [Fact]
    public async Task C18_Create_Am021NegativeMatcher_RefusedLocally()
    {
        Matcher[] matchers = [new("alertname", "DiskFull"), new("env", "prod", IsEqual: false)];
        ArrangeServer("0.21.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() =>
            Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None));

        Assert.Equal(UpstreamFailure.Rejected, error.Reason);
        Assert.False(error.Retryable);
        Assert.Contains("0.22", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task C18_Create_Am021PositiveMatcher_SentWithIsEqualTrue()
    {
        Matcher[] matchers = [new("env", "staging")];
        ArrangeServer("0.21.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        await Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None);

        Assert.True(PostedMatcher(0).GetProperty("isEqual").GetBoolean());
    }

    [Fact]
    public async Task C18_Create_ReadBackInverted_ExpiresAndThrows()
    {
        Matcher[] matchers = [new("instance", "db-1:9100")];
        ArrangeServer("0.22.0", stored: [new("instance", "db-1:9100", IsEqual: false)]);
        _wireMock.Server.Given(Request.Create().WithPath($"/api/v2/silence/{NewId}").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(200));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() =>
            Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None));

        Assert.Equal(UpstreamFailure.InvalidResponse, error.Reason);
        Assert.Single(_wireMock.Requests($"/api/v2/silence/{NewId}", "DELETE"));
    }

    [Fact]
    public async Task C08_Create_Utf8LabelNames_SentAsJsonObjectsVerbatim()
    {
        var labels = JsonDocument.Parse(SharedFiles.ReadCase("C08.json")).RootElement
            .GetProperty("alerts")[0].GetProperty("labels").EnumerateObject()
            .Select(p => new Matcher(p.Name, p.Value.GetString()!)).ToArray();
        ArrangeServer("0.28.1", stored: labels);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        await Client(provider).CreateAsync(SilenceFor(labels), CancellationToken.None);

        var body = Assert.Single(_wireMock.Requests(Silences, "POST")).RequestMessage.Body!;
        Assert.Contains("\"name\":\"host.name\"", body, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"région\"", body, StringComparison.Ordinal);
        var sent = JsonDocument.Parse(body).RootElement.GetProperty("matchers").EnumerateArray()
            .Select(m => new Matcher(m.GetProperty("name").GetString()!, m.GetProperty("value").GetString()!,
                m.GetProperty("isRegex").GetBoolean(), m.GetProperty("isEqual").GetBoolean()))
            .ToArray();
        Assert.Equal(labels, sent);
    }

    [Fact]
    public async Task C08_Create_ClassicMode400_RejectedWithMessageNotRetried()
    {
        Matcher[] matchers = [new("host.name", "web-01")];
        ArrangeServer("0.27.0", stored: matchers);
        _wireMock.Server.Given(Request.Create().WithPath(Silences).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("\"silence invalid: invalid label matcher 0: invalid label name \\\"host.name\\\"\""));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() =>
            Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None));

        Assert.Equal(UpstreamFailure.Rejected, error.Reason);
        Assert.False(error.Retryable);
        Assert.Contains("invalid label name \"host.name\"", error.Message, StringComparison.Ordinal);
        Assert.Single(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task Create_Post503_NeverRepeated()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        ArrangeServer("0.27.0", stored: matchers);
        _wireMock.Server.Given(Request.Create().WithPath(Silences).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("overloaded"));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() =>
            Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None));

        Assert.True(error.Retryable);
        Assert.Single(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task C20_Create_WindowAlreadyOverOnServerClock_SkippedNothingSent()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        ArrangeServer("0.27.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);
        var request = SilenceFor(matchers) with { NotAfter = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero) };

        var result = await Client(provider).CreateAsync(request, CancellationToken.None);

        Assert.True(result.Skipped);
        Assert.Equal("", result.Id);
        Assert.Empty(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task C20_Create_ServerAdjustedStartsAt_AcceptedAsStored()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        var storedStart = ServerNow.AddSeconds(2);
        ArrangeServer("0.27.0", stored: matchers, storedStartsAt: storedStart);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var result = await Client(provider).CreateAsync(SilenceFor(matchers), CancellationToken.None);

        Assert.Equal(storedStart, result.StartsAt);
        Assert.Single(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task C20_Create_SlowLocalClock_EndComputedFromServerDateHeader()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        ArrangeServer("0.27.0", stored: matchers);
        var localClock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 58, 30, TimeSpan.Zero));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl, timeProvider: localClock);
        var request = SilenceFor(matchers) with { Duration = TimeSpan.FromSeconds(75) };

        await Client(provider).CreateAsync(request, CancellationToken.None);

        var body = PostedBody();
        Assert.Equal(ServerNow.AddSeconds(75), body.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(ServerNow, body.GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Create_EndCappedByNotAfterAndMaximum()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        ArrangeServer("0.27.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl, o => o.MaxSilenceDuration = TimeSpan.FromHours(2));

        await Client(provider).CreateAsync(SilenceFor(matchers) with { Duration = TimeSpan.FromDays(3) }, CancellationToken.None);
        await Client(provider).CreateAsync(
            SilenceFor(matchers) with { Duration = TimeSpan.FromDays(3), NotAfter = ServerNow.AddMinutes(20) },
            CancellationToken.None);

        Assert.Equal(ServerNow.AddHours(2), PostedBody(0).GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(ServerNow.AddMinutes(20), PostedBody(1).GetProperty("endsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Create_IdenticalActiveSilenceExists_ReusedNothingPosted()
    {
        Matcher[] matchers = [new("cluster", "dev"), new("alertname", "Host_Down")];
        ArrangeServer("0.27.0", stored: matchers, existing: SharedFiles.ReadWireFormat(
            "alertmanager-silences/karma-mock-am-0.31.0/api_v2_silences.GET.response.json"));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);
        var request = SilenceFor(matchers) with { CreatedBy = "john@example.com" };

        var result = await Client(provider).CreateAsync(request, CancellationToken.None);

        Assert.True(result.Reused);
        Assert.Equal("dcb3b5d0-9f10-4baa-977a-70073a1899bd", result.Id);
        Assert.Empty(_wireMock.Requests(Silences, "POST"));
    }

    [Fact]
    public async Task Create_RegexMatcher_RefusedLocally()
    {
        ArrangeServer("0.27.0", stored: []);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).CreateAsync(
            SilenceFor([new Matcher("job", ".+", IsRegex: true)]), CancellationToken.None));

        Assert.Equal(UpstreamFailure.Rejected, error.Reason);
        Assert.Empty(_wireMock.Server.LogEntries);
    }

    [Fact]
    public async Task List_KarmaRecordedAm031Response_Parses()
    {
        ArrangeServer("0.31.0", stored: [], existing: SharedFiles.ReadWireFormat(
            "alertmanager-silences/karma-mock-am-0.31.0/api_v2_silences.GET.response.json"));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var silences = await Client(provider).ListAsync(CancellationToken.None);

        Assert.Equal(3, silences.Count);
        Assert.All(silences, s => Assert.Equal("active", s.State));
        Assert.Equal(new Matcher("cluster", "dev"), silences[1].Matchers[1]);
        Assert.Equal(new DateTimeOffset(2063, 1, 1, 0, 0, 0, TimeSpan.Zero), silences[0].EndsAt);
    }

    [Fact]
    public async Task Extend_PostsSameSilenceWithIdAndNewEnd_ReturnsNewId()
    {
        Matcher[] matchers = [new("alertname", "BatchLate")];
        ArrangeServer("0.27.0", stored: matchers);
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var id = await Client(provider).ExtendAsync(NewId, ServerNow.AddHours(1), CancellationToken.None);

        var body = PostedBody();
        Assert.Equal(NewId, id);
        Assert.Equal(NewId, body.GetProperty("id").GetString());
        Assert.Equal(ServerNow.AddHours(1), body.GetProperty("endsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Expire_UnknownSilence_TreatedAsDone()
    {
        _wireMock.Server.Given(Request.Create().WithPath("/api/v2/silence/gone").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(404));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        await Client(provider).ExpireAsync("gone", CancellationToken.None);

        Assert.Single(_wireMock.Requests("/api/v2/silence/gone", "DELETE"));
    }

    [Fact]
    public async Task Expire_Transient503_Retried()
    {
        _wireMock.Server.Given(Request.Create().WithPath("/api/v2/silence/x").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(503));
        using var provider = ClientFactory.Alertmanager(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).ExpireAsync("x", CancellationToken.None));

        Assert.Equal(UpstreamFailure.Unavailable, error.Reason);
        Assert.Equal(3, _wireMock.Requests("/api/v2/silence/x", "DELETE").Count);
    }

    private static ISilenceClient Client(ServiceProvider provider) => provider.GetRequiredService<ISilenceClient>();

    private static SilenceRequest SilenceFor(IReadOnlyList<Matcher> matchers) =>
        new(matchers, TimeSpan.FromHours(1), null, "caaa", "EXPECTED_LOAD: flash sale MW-17");

    private JsonElement PostedBody(int index = 0) =>
        JsonDocument.Parse(_wireMock.Requests(Silences, "POST")[index].RequestMessage.Body!).RootElement;

    private JsonElement PostedMatcher(int index) => PostedBody().GetProperty("matchers")[index];

    private void ArrangeServer(
        string version,
        IReadOnlyList<Matcher> stored,
        DateTimeOffset? storedStartsAt = null,
        string existing = "[]")
    {
        var date = ServerNow.ToString("r", CultureInfo.InvariantCulture);
        Json(Status, "GET", $$"""
            {"cluster":{"status":"disabled"},"versionInfo":{"version":"{{version}}","revision":"x","branch":"HEAD"},
             "config":{"original":""},"uptime":"2026-03-01T00:00:00.000Z"}
            """, date);
        Json(Silences, "GET", existing, date);
        Json(Silences, "POST", $$"""{"silenceID":"{{NewId}}"}""", date);
        var matchers = JsonSerializer.Serialize(stored.Select(m => new { name = m.Name, value = m.Value, isRegex = m.IsRegex, isEqual = m.IsEqual }));
        var start = (storedStartsAt ?? ServerNow).ToString("O", CultureInfo.InvariantCulture);
        Json($"/api/v2/silence/{NewId}", "GET", $$"""
            {"id":"{{NewId}}","status":{"state":"active"},"updatedAt":"{{start}}","matchers":{{matchers}},
             "startsAt":"{{start}}","endsAt":"2026-03-02T11:00:00.000000000Z","createdBy":"caaa","comment":"c"}
            """, date);
    }

    private void Json(string path, string method, string body, string date) =>
        _wireMock.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithHeader(ServerClockHandler.HeaderName, date).WithBody(body));
}
