using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Tests.Webhook;
using Microsoft.AspNetCore.Mvc;

namespace Caaa.Sidecar.Tests.Api;

public sealed class EventsApiTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 3, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostEvent_CalendarEventCoveringOnset_UsedAsContextForSilence()
    {
        await using var factory = new SidecarFactory(now: Now);
        factory.Settings["silencing:mode"] = "enforce";
        using var client = factory.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/events", new
        {
            kind = "calendar",
            name = "Flash sale",
            start = "2026-03-02T09:00:00Z",
            end = "2026-03-02T11:00:00Z",
            services = new[] { "checkout" },
            expectedLoadMultiplier = 4.0,
        });

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var pushed = Assert.Single(factory.Attributor.LastIncident!.Context.Events);
        Assert.Equal(("Flash sale", 4.0), (pushed.Name, pushed.ExpectedLoadMultiplier));
        var silence = Assert.Single(factory.Silences.Created);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), silence.NotAfter);
    }

    [Fact]
    public async Task PostEvent_Invalid_400NamingEachField()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/events", new
        {
            kind = "party",
            start = "2026-03-02T11:00:00Z",
            end = "2026-03-02T09:00:00Z",
            expectedLoadMultiplier = -1,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["end", "expectedLoadMultiplier", "kind", "name"], problem!.Errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData("\"start\": 5", "start")]
    [InlineData("\"start\": \"next tuesday\"", "start")]
    [InlineData("\"end\": true", "end")]
    [InlineData("\"services\": \"a\"", "services")]
    [InlineData("\"services\": [1]", "services[0]")]
    [InlineData("\"name\": 3", "name")]
    [InlineData("\"kind\": {}", "kind")]
    [InlineData("\"expectedLoadMultiplier\": \"lots\"", "expectedLoadMultiplier")]
    public async Task PostEvent_WrongJsonType_400NamingTheFieldAndNothingStored(string member, string field)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = $$"""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", {{member}}}""";

        var response = await PostJsonAsync(client, body);

        await AssertFieldErrorAsync(response, field);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Theory]
    [InlineData("""{"kind": "calendar", "name": """, "name")]
    [InlineData("<event/>", "$")]
    [InlineData("[]", "$")]
    [InlineData("null", "$")]
    [InlineData("", "$")]
    public async Task PostEvent_MalformedJson_400NamingWhereItBrokeAndNothingStored(string body, string field)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await PostJsonAsync(client, body);

        await AssertFieldErrorAsync(response, field);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Fact]
    public async Task PostEvent_SyntaxErrorBetweenMembers_400PointsAtTheByteAndNothingStored()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await PostJsonAsync(client, """{"kind": "calendar" "name": "Sale"}""");

        var problem = await AssertFieldErrorAsync(response, "$");
        Assert.Contains("BytePositionInLine: 20", Assert.Single(problem.Errors["$"]), StringComparison.Ordinal);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Theory]
    [InlineData("""{"kind": "", "name": "Sale", "start": "2026-03-02T09:00:00Z"}""", "kind")]
    [InlineData("""{"kind": "Meeting", "name": "Sale", "start": "2026-03-02T09:00:00Z"}""", "kind")]
    [InlineData("""{"kind": "calendar", "name": " ", "start": "2026-03-02T09:00:00Z"}""", "name")]
    [InlineData("""{"kind": "calendar", "name": "Sale"}""", "start")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "9999-03-02T09:00:00Z"}""", "start")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "0001-01-01T00:00:00Z"}""", "start")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", "end": "9999-12-31T23:59:59Z"}""", "end")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", "end": "2026-03-02T08:00:00Z"}""", "end")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", "services": ["a", ""]}""", "services[1]")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", "expectedLoadMultiplier": 0}""", "expectedLoadMultiplier")]
    [InlineData("""{"kind": "calendar", "name": "Sale", "start": "2026-03-02T09:00:00Z", "expectedLoadMultiplier": 1e300}""", "expectedLoadMultiplier")]
    public async Task PostEvent_InvalidValue_400NamingTheFieldAndNothingStored(string body, string field)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await PostJsonAsync(client, body);

        await AssertFieldErrorAsync(response, field);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Fact]
    public async Task PostEvent_TooManyOrTooLongValues_400NamingEachFieldAndNothingStored()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var services = Enumerable.Range(0, 101).Select(i => $"svc-{i}").ToArray();

        var tooMany = await client.PostAsJsonAsync("/api/v1/events",
            new { kind = "calendar", name = "Sale", start = "2026-03-02T09:00:00Z", services });
        var tooLong = await client.PostAsJsonAsync("/api/v1/events", new
        {
            kind = "calendar", name = new string('n', 257), start = "2026-03-02T09:00:00Z",
            services = new[] { "ok", new string('s', 257) },
        });

        await AssertFieldErrorAsync(tooMany, "services");
        var problem = await AssertFieldErrorAsync(tooLong, "name");
        Assert.Contains("services[1]", problem.Errors.Keys);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Fact]
    public async Task PostEvent_BodyOverLimit_413ProblemAndNothingStored()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["webhook:maxBodyBytes"] = "2048";
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/events", new
        {
            kind = "calendar", name = "Sale", start = "2026-03-02T09:00:00Z",
            services = Enumerable.Range(0, 99).Select(i => $"a-rather-long-service-name-{i}").ToArray(),
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("webhook.maxBodyBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, factory.CountRows("events"));
    }

    [Fact]
    public async Task PostEvent_NullOptionalFields_Created()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        const string body = """
            {"kind": "Deployment", "name": "checkout v42", "start": "2026-03-02T09:00:00+01:00",
             "end": null, "services": null, "expectedLoadMultiplier": null}
            """;

        var response = await PostJsonAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, factory.CountRows("events"));
    }

    [Fact]
    public async Task PostEvent_AuthConfigured_401WithoutToken()
    {
        var variable = "CAAA_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "tok");
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["webhook:auth:mode"] = "bearer";
        factory.Settings["webhook:auth:secretEnv"] = variable;
        using var client = factory.CreateClient();
        var body = new { kind = "deployment", name = "checkout v42", start = "2026-03-02T09:00:00Z" };

        var anonymous = await client.PostAsJsonAsync("/api/v1/events", body);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tok");
        var authorised = await client.PostAsJsonAsync("/api/v1/events", body);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, authorised.StatusCode);
        Environment.SetEnvironmentVariable(variable, null);
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string body) =>
        client.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<ValidationProblemDetails> AssertFieldErrorAsync(
        HttpResponseMessage response,
        string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(text, JsonSerializerOptions.Web)!;
        Assert.True(problem.Errors.ContainsKey(field), $"no error for {field}: {text}");
        return problem;
    }
}
