using System.Net;
using System.Net.Http.Json;
using System.Text;
using Caaa.Sidecar.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Caaa.Sidecar.Tests.Webhook;

/// <summary>
/// A value of the wrong JSON type is named by its path and the JSON type expected, never a .NET type.
/// </summary>
public sealed class JsonTypeErrorTests
{
    private const string Webhook = "/api/v1/webhook";
    private const string Events = "/api/v1/events";
    private const string Feedback = "/api/v1/attributions/x/feedback";
    private const string Alert = """{"status":"firing","labels":{"alertname":"A"},"startsAt":"2026-03-02T10:00:00Z"}""";

    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { Webhook, """{"version":"4","groupKey":"g","status":"firing","alerts":"all"}""", "alerts",
            "expected an array" },
        { Webhook, """{"version":4,"groupKey":"g","status":"firing","alerts":[]}""", "version", "expected a string" },
        { Webhook, """{"version":"4","groupKey":"g","status":"firing","alerts":[5]}""", "alerts[0]",
            "expected an object" },
        { Webhook, Envelope("""{"status":"firing","labels":{"alertname":7},"startsAt":"2026-03-02T10:00:00Z"}"""),
            "alerts[0].labels.alertname", "expected a string" },
        { Webhook, Envelope("""{"status":"firing","labels":{"le.dot":7},"startsAt":"2026-03-02T10:00:00Z"}"""),
            "alerts[0].labels['le.dot']", "expected a string" },
        { Webhook, Envelope("""{"status":"firing","labels":[],"startsAt":"2026-03-02T10:00:00Z"}"""),
            "alerts[0].labels", "expected an object of string values" },
        { Webhook, Envelope("""{"status":"firing","labels":{"alertname":"A"},"startsAt":"yesterday"}"""),
            "alerts[0].startsAt", "expected a date-time string such as \"2026-03-02T10:00:00Z\"" },
        { Webhook, """{"version":"4","groupKey":"g","status":"firing","truncatedAlerts":true,"alerts":[ALERT]}"""
            .Replace("ALERT", Alert, StringComparison.Ordinal), "truncatedAlerts", "expected a whole number" },
        { Events, """{"kind":"calendar","name":"Sale","start":5}""", "start",
            "expected a date-time string such as \"2026-03-02T10:00:00Z\"" },
        { Events, """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","services":"all"}""",
            "services", "expected an array" },
        { Events, """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","services":[1]}""",
            "services[0]", "expected a string" },
        { Events, """{"kind":"calendar","name":"Sale","start":"2026-03-02T09:00:00Z","expectedLoadMultiplier":"x"}""",
            "expectedLoadMultiplier", "expected a number" },
        { Feedback, """{"class":["FAULT"]}""", "class", "expected a string" },
        { Feedback, """{"class":"FAULT","comment":{}}""", "comment", "expected a string" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_ValueOfWrongJsonType_400NamingPathAndJsonTypeWithoutDotNetNames(
        string endpoint,
        string body,
        string field,
        string message)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(message, Assert.Single(problem!.Errors[field]));
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Caaa.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", text, StringComparison.Ordinal);
    }

    private static string Envelope(string alert) =>
        """{"version":"4","groupKey":"g","status":"firing","alerts":[ALERT]}""".Replace("ALERT", alert,
            StringComparison.Ordinal);
}
