using System.Net;
using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class PrometheusClientTests : IClassFixture<WireMockFixture>
{
    private const string Path = "/api/v1/query_range";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly WireMockFixture _wireMock;

    public PrometheusClientTests(WireMockFixture wireMock)
    {
        _wireMock = wireMock;
        _wireMock.Reset();
    }

    [Fact]
    public async Task C09_QueryRange_NaNAndInfinitySpellings_ParsedExplicitly()
    {
        RespondJson(Path, SharedFiles.ReadCase("C09.json"));
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);

        var result = await Client(provider).QueryRangeAsync("job:error_ratio:rate5m", T0, T0.AddMinutes(5),
            TimeSpan.FromMinutes(1), CancellationToken.None);

        var values = result.Series.SelectMany(s => s.Samples).Select(s => s.Value).ToArray();
        Assert.Equal(7, values.Length);
        Assert.True(double.IsNaN(values[0]));
        Assert.Equal(double.PositiveInfinity, values[1]);
        Assert.Equal(double.NegativeInfinity, values[2]);
        var finite = values.Where(double.IsFinite).ToArray();
        Assert.Equal([1.5, 0, 2.5e-07, -0.0], finite);
        Assert.True(double.IsNegative(finite[3]));
        Assert.Equal(500, result.Series[1].Samples[0].Timestamp.Millisecond);
    }

    [Fact]
    public async Task C10_QueryRange_SevenDaysAtFifteenSeconds_SendsStepSixtyOnly()
    {
        RespondJson(Path, EmptyMatrix);
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddDays(7);

        await Client(provider).QueryRangeAsync("sum(rate(http_requests_total[5m]))", start, end,
            TimeSpan.FromSeconds(15), CancellationToken.None);

        var request = Assert.Single(_wireMock.Requests(Path));
        Assert.Equal("60", Query(request, "step"));
        Assert.Equal(10_081, (end - start).TotalSeconds / 60 + 1);
    }

    [Fact]
    public async Task C10_QueryRange_BadData400_RejectedWithoutRetry()
    {
        var c10 = System.Text.Json.JsonDocument.Parse(SharedFiles.ReadCase("C10.json")).RootElement;
        RespondJson(Path, c10.GetProperty("prometheusResponse").GetProperty("body").GetRawText(), 400);
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).QueryRangeAsync(
            "up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(UpstreamFailure.Rejected, error.Reason);
        Assert.False(error.Retryable);
        Assert.Contains("exceeded maximum resolution", error.Message, StringComparison.Ordinal);
        Assert.Single(_wireMock.Requests(Path));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public async Task C12_QueryRange_MisleadingStatusCodes_RetriedOnlyWhenTransient(int index, bool retryable)
    {
        var entry = System.Text.Json.JsonDocument.Parse(SharedFiles.ReadCase("C12.json"))
            .RootElement.GetProperty("responses")[index];
        var body = entry.GetProperty("body");
        var isJson = body.ValueKind == System.Text.Json.JsonValueKind.Object;
        Respond(Path, entry.GetProperty("httpStatus").GetInt32(), isJson ? body.GetRawText() : body.GetString()!,
            isJson ? "application/json" : "text/plain; charset=utf-8");
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o => o.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).QueryRangeAsync(
            "up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(retryable, error.Retryable);
        Assert.Equal(retryable ? 3 : 1, _wireMock.Requests(Path).Count);
    }

    [Fact]
    public async Task C14_QueryRange_UnderGermanCulture_SendsInvariantDecimalSeconds()
    {
        RespondJson(Path, EmptyMatrix);
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_250);
        using var culture = new CultureScope("de-DE");

        await Client(provider).QueryRangeAsync("up", start, start.AddDays(7), TimeSpan.FromDays(7), CancellationToken.None);
        await Client(provider).QueryRangeAsync("up", start, start.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None);

        var steps = _wireMock.Requests(Path).Select(r => Query(r, "step") ?? "").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["60", "604800"], steps);
        Assert.All(_wireMock.Requests(Path), r => Assert.Equal("1767225600.25", Query(r, "start")));
        Assert.Contains(_wireMock.Requests(Path), r => Query(r, "end") == "1767830400.25");
    }

    [Fact]
    public async Task C15_QueryRange_PlainText503_RetryableUnavailableAndCounted()
    {
        var (status, contentType, body) = RawHttp.ParseResponse(SharedFiles.ReadCase("C15.txt"));
        Respond(Path, status, body, contentType);
        var observer = new RecordingObserver();
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, observer: observer);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).QueryRangeAsync(
            "up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(UpstreamFailure.Unavailable, error.Reason);
        Assert.True(error.Retryable);
        Assert.Null(error.InnerException);
        Assert.Equal(3, _wireMock.Requests(Path).Count);
        Assert.Equal(("prometheus", (UpstreamFailure?)UpstreamFailure.Unavailable), Assert.Single(observer.Observations));
        Assert.Equal("unavailable", error.Reason.ToLabel());
    }

    [Fact]
    public async Task QueryRange_PrometheusKeepsFailing_CircuitOpensAndLaterCallsFailFastClassified()
    {
        Respond(Path, 503, "overloaded", "text/plain");
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o => o.MaxRetryAttempts = 0);
        var client = Client(provider);
        var errors = new List<UpstreamException>();

        for (var i = 0; i < 14; i++)
        {
            // Distinct queries: the cache must not be what spares Prometheus.
            errors.Add(await Assert.ThrowsAsync<UpstreamException>(() => client.QueryRangeAsync(
                $"up{{attempt=\"{i}\"}}", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None)));
        }

        // Ten failures in the sampling window (the minimum throughput, all failing) open the circuit.
        Assert.Equal(10, _wireMock.Requests(Path).Count);
        Assert.All(errors, e => Assert.Equal(UpstreamFailure.Unavailable, e.Reason));
        Assert.All(errors[10..], e => Assert.Contains("circuit breaker", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueryRange_Success200WithHtml_InvalidResponseNotEmptyResult()
    {
        Respond(Path, 200, "<html>login</html>", "text/html");
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);

        var error = await Assert.ThrowsAsync<UpstreamException>(() => Client(provider).QueryRangeAsync(
            "up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(UpstreamFailure.InvalidResponse, error.Reason);
    }

    [Fact]
    public async Task QueryRange_Warnings_MarkResultPartial()
    {
        RespondJson(Path, """
            {"status":"success","warnings":["shard 3 unavailable"],
             "data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1772445600,"1"]]}]}}
            """);
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);

        var result = await Client(provider).QueryRangeAsync("up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1),
            CancellationToken.None);

        Assert.True(result.Partial);
        Assert.Equal(["shard 3 unavailable"], result.Warnings);
    }

    [Fact]
    public async Task QueryRange_TenantPrefixAndBearerFile_SentOnEveryRequest()
    {
        var tokenFile = System.IO.Path.GetTempFileName();
        await File.WriteAllTextAsync(tokenFile, "token-from-file\n");
        _wireMock.Server
            .Given(Request.Create().WithPath("/prometheus" + Path).UsingGet()
                .WithHeader("X-Scope-OrgID", "team-a")
                .WithHeader("Authorization", "Bearer token-from-file"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(EmptyMatrix));
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o =>
        {
            o.PathPrefix = "/prometheus";
            o.TenantId = "team-a";
            o.BearerTokenFile = tokenFile;
        });

        var result = await Client(provider).QueryRangeAsync("up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1),
            CancellationToken.None);

        Assert.Empty(result.Series);
        Assert.Single(_wireMock.Requests("/prometheus" + Path));
        File.Delete(tokenFile);
    }

    [Fact]
    public async Task QueryRange_BasicAuth_SendsEncodedCredentials()
    {
        _wireMock.Server
            .Given(Request.Create().WithPath(Path).UsingGet().WithHeader("Authorization", "Basic dXNlcjpzM2NyZXQ="))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(EmptyMatrix));
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o =>
        {
            o.BasicAuthUsername = "user";
            o.BasicAuthPassword = "s3cret";
        });

        var result = await Client(provider).QueryRangeAsync("up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1),
            CancellationToken.None);

        Assert.Empty(result.Series);
    }

    [Fact]
    public async Task QueryRange_LongQuery_SentAsFormPost()
    {
        _wireMock.Server
            .Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(EmptyMatrix));
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o => o.PostQueryThreshold = 50);
        var query = "sum by (service) (rate(http_requests_total{service=~\"" + new string('a', 80) + "\"}[5m]))";

        await Client(provider).QueryRangeAsync(query, T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None);

        var request = Assert.Single(_wireMock.Requests(Path, "POST")).RequestMessage;
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers!["Content-Type"][0], StringComparison.Ordinal);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body!);
        Assert.Equal(query, form["query"]);
        Assert.Equal("60", form["step"]);
    }

    [Fact]
    public async Task QueryRange_ConcurrentIdenticalQueries_OneHttpRequest()
    {
        RespondJson(Path, SharedFiles.ReadWireFormat("prometheus-http-api/prometheus-docs-api-md/L0204_range-queries.json"));
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl, o => o.CacheTtl = TimeSpan.Zero);
        var client = Client(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.QueryRangeAsync("up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None)));

        Assert.Single(_wireMock.Requests(Path));
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Equal(1, ((PrometheusClient)client).HttpCallCount);
    }

    [Fact]
    public async Task QueryRange_DifferentRanges_NotCoalesced()
    {
        RespondJson(Path, EmptyMatrix);
        using var provider = ClientFactory.Prometheus(_wireMock.BaseUrl);
        var client = Client(provider);

        await Task.WhenAll(
            client.QueryRangeAsync("up", T0, T0.AddHours(1), TimeSpan.FromMinutes(1), CancellationToken.None),
            client.QueryRangeAsync("up", T0, T0.AddHours(2), TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(2, _wireMock.Requests(Path).Count);
    }

    private static IPrometheusClient Client(ServiceProvider provider) =>
        provider.GetRequiredService<IPrometheusClient>();

    private static string? Query(WireMock.Logging.ILogEntry entry, string name) =>
        System.Web.HttpUtility.ParseQueryString(entry.RequestMessage.RawQuery ?? "")[name];

    private void RespondJson(string path, string body, int status = 200) =>
        Respond(path, status, body, "application/json");

    private void Respond(string path, int status, string body, string contentType) =>
        _wireMock.Server
            .Given(Request.Create().WithPath(path))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));

    private const string EmptyMatrix = """{"status":"success","data":{"resultType":"matrix","result":[]}}""";
}
