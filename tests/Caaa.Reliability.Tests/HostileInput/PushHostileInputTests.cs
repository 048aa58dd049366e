using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Caaa.Reliability.Tests.HostileInput;

/// <summary>
/// The events and feedback endpoints, like the webhook: whatever arrives, a 4xx ProblemDetails naming the
/// problem, no event or correction stored, no error logged.
/// </summary>
public sealed class PushHostileInputTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string> EventBodies => new()
    {
        { "truncated JSON", """{"kind":"calendar","name":""", "name" },
        { "not JSON", "<event>sale</event>", "$" },
        { "array root", "[1,2,3]", "$" },
        { "null root", "null", "$" },
        { "empty body", "", "$" },
        { "number as start", """{"kind":"calendar","name":"Sale","start":5}""", "start" },
        { "string as services", """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","services":"a"}""", "services" },
        { "number in services", """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","services":["a",7]}""", "services[1]" },
        { "NaN multiplier", """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","expectedLoadMultiplier":"NaN"}""", "expectedLoadMultiplier" },
        { "unknown kind", """{"kind":"party","name":"Sale","start":"2026-03-02T09:00:00Z"}""", "kind" },
        { "missing start", """{"kind":"calendar","name":"Sale"}""", "start" },
        { "blank name", """{"kind":"calendar","name":"  ","start":"2026-03-02T09:00:00Z"}""", "name" },
        { "end of time", """{"kind":"calendar","name":"Sale","start":"9999-12-31T23:59:59Z"}""", "start" },
        { "Go zero time", """{"kind":"calendar","name":"Sale","start":"0001-01-01T00:00:00Z"}""", "start" },
        { "start after end", """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","end":"2026-03-01T09:00:00Z"}""", "end" },
        { "too many services", ManyServices(101), "services" },
        { "deep nesting", """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","x":""" + Deep(5000) + "}", "x" },
    };

    public static TheoryData<string, string, string> FeedbackBodies => new()
    {
        { "truncated JSON", """{"class":"FAULT","comment":""", "comment" },
        { "not JSON", "FAULT", "$" },
        { "number as class", """{"class":3}""", "class" },
        { "unknown class", """{"class":"MAYBE"}""", "class" },
        { "missing class", """{"label":"FAULT"}""", "class" },
        { "object as author", """{"class":"FAULT","author":{}}""", "author" },
        { "comment too long", """{"class":"FAULT","comment":"LONG"}""".Replace("LONG", new string('x', 5000), StringComparison.Ordinal), "comment" },
    };

    [Theory]
    [MemberData(nameof(EventBodies))]
    public async Task Events_HostileBody_400ProblemNamingFieldAndNothingStored(string why, string body, string field)
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();

        using var response = await client.PostAsync("/api/v1/events",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemNamingAsync(response, why, field);
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM events"));
        AssertNoErrorLogged(sidecar);
    }

    [Theory]
    [MemberData(nameof(FeedbackBodies))]
    public async Task Feedback_HostileBody_400ProblemNamingFieldAndNothingStored(string why, string body, string field)
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var id = await AttributeOneAsync(sidecar, client);

        using var response = await client.PostAsync($"/api/v1/attributions/{id}/feedback",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemNamingAsync(response, why, field);
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM feedback"));
        AssertNoErrorLogged(sidecar);
    }

    [Fact]
    public async Task EventsAndFeedback_HugeBody_413ProblemAndNothingStored()
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var id = await AttributeOneAsync(sidecar, client);
        var huge = new string('x', 2 * 1024 * 1024);

        using var events = await client.PostAsJsonAsync("/api/v1/events",
            new { kind = "calendar", name = huge, start = "2026-03-02T09:00:00Z" });
        using var feedback = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = "FAULT", comment = huge });

        foreach (var response in new[] { events, feedback })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("maxBodyBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM events"));
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM feedback"));
        AssertNoErrorLogged(sidecar);
    }

    private static async Task<string> AttributeOneAsync(InProcessSidecar sidecar, HttpClient client)
    {
        (await client.PostAsJsonAsync("/api/v1/webhook", Notifications.Firing(1, StartsAt))).EnsureSuccessStatusCode();
        await sidecar.WaitForIdleAsync();
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        return page!["items"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task AssertProblemNamingAsync(HttpResponseMessage response, string why, string field)
    {
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(problem)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{why}: no error for {field} in {problem}");
    }

    private static void AssertNoErrorLogged(InProcessSidecar sidecar) =>
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);

    private static string ManyServices(int count) =>
        """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","services":[""" +
        string.Join(",", Enumerable.Range(0, count).Select(i => $"\"s{i}\"")) + "]}";

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);
}
