using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Sidecar.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Caaa.Sidecar.Tests.Api;

public sealed class AttributionsApiTests
{
    [Fact]
    public async Task GetAttribution_AfterProcessing_ShowsVerdictEvidenceAndSideEffects()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await FirstAsync(client, ""))["id"]!.GetValue<string>();

        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/v1/attributions/{id}");

        Assert.Equal("EXPECTED_LOAD", detail!["class"]!.GetValue<string>());
        Assert.Equal(0.95, detail["confidence"]!.GetValue<double>());
        Assert.Equal("fake says EXPECTED_LOAD", detail["reasons"]![0]!.GetValue<string>());
        Assert.Equal(0.95, detail["probabilities"]!["EXPECTED_LOAD"]!.GetValue<double>());
        Assert.Equal(FeatureNames.All.Count, detail["features"]!.AsObject().Count);
        Assert.False(detail["evidenceQuality"]!["metricsMissing"]!.GetValue<bool>());
        Assert.Equal(1, detail["annotationId"]!.GetValue<long>());
        Assert.Equal("00000000000000a1", detail["fingerprint"]!.GetValue<string>());
        Assert.True(detail["current"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListAttributions_FilterByClassAndAlertName_OnlyMatching()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing("LoadA", "00000000000000a1"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        factory.Attributor.Class = AttributionClass.Fault;
        (await client.PostWebhookAsync(Payloads.Firing("LoadB", "00000000000000b2"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var faults = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions?class=FAULT");
        var loadA = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions?alertname=LoadA");
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions?pageSize=1&page=2");

        Assert.Equal("LoadB", Assert.Single(faults!["items"]!.AsArray())!["alertName"]!.GetValue<string>());
        Assert.Equal("EXPECTED_LOAD", Assert.Single(loadA!["items"]!.AsArray())!["class"]!.GetValue<string>());
        Assert.Equal(2, page!["total"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task ListAttributions_UnknownClass_400NamingClass()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/attributions?class=MAYBE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("class", problem!.Errors.Keys);
    }

    [Theory]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=2000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=99999999999", "pageSize")]
    [InlineData("pageSize=1&pageSize=2", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("class=", "class")]
    public async Task ListAttributions_BadQueryValue_400ProblemNamingTheParameter(string query, string parameter)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/attributions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal([parameter], problem!.Errors.Keys);
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("format=")]
    public async Task ExportFeedback_BadFormat_400ProblemNamingFormat(string query)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/feedback/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["format"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task GetAttribution_UnknownId_404Problem()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/attributions/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Feedback_Correction_StoredAndExportedWithFeatures()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await FirstAsync(client, ""))["id"]!.GetValue<string>();

        var created = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = "FAULT", comment = "=cmd|' /C calc'!A0, was a real outage", author = "sre-on-call" });
        var csv = await client.GetStringAsync("/api/v1/feedback/export?format=csv");
        var jsonl = await client.GetStringAsync("/api/v1/feedback/export?format=jsonl");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("attribution_id,incident_id,alertname,service,predicted,label,", lines[0],
            StringComparison.Ordinal);
        Assert.EndsWith(FeatureNames.All[^1], lines[0], StringComparison.Ordinal);
        Assert.Contains($"{id},", lines[1], StringComparison.Ordinal);
        Assert.Contains(",EXPECTED_LOAD,FAULT,sre-on-call,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", lines[1], StringComparison.Ordinal);
        var row = JsonNode.Parse(jsonl.Trim())!;
        Assert.Equal("FAULT", row["label"]!.GetValue<string>());
        Assert.Equal(0.1f, row["features"]![FeatureNames.All[1]]!.GetValue<float>());
    }

    [Fact]
    public async Task Feedback_BadClassOrUnknownAttribution_400Or404()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var badClass = await client.PostAsJsonAsync("/api/v1/attributions/x/feedback", new { @class = "MEH" });
        var missing = await client.PostAsJsonAsync("/api/v1/attributions/x/feedback", new { @class = "FAULT" });

        Assert.Equal(HttpStatusCode.BadRequest, badClass.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("""{"class": 3}""", "class")]
    [InlineData("""{"class": ["FAULT"]}""", "class")]
    [InlineData("""{"class": "FAULT", "comment": {"text": "x"}}""", "comment")]
    [InlineData("""{"class": "FAULT", "author": false}""", "author")]
    [InlineData("""{"class": "FAULT", "comment": """, "comment")]
    [InlineData("""{"class": "MEH"}""", "class")]
    [InlineData("""{"class": ""}""", "class")]
    [InlineData("""{"label": "FAULT"}""", "class")]
    [InlineData("""[]""", "$")]
    [InlineData("""null""", "$")]
    [InlineData("", "$")]
    public async Task Feedback_InvalidBody_400NamingTheFieldAndNothingStored(string body, string field)
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await FirstAsync(client, ""))["id"]!.GetValue<string>();

        var response = await client.PostAsync($"/api/v1/attributions/{id}/feedback",
            new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(text, JsonSerializerOptions.Web)!;
        Assert.True(problem.Errors.ContainsKey(field), $"no error for {field}: {text}");
        Assert.Equal(0, factory.CountRows("feedback"));
    }

    [Fact]
    public async Task Feedback_TooLongCommentOrAuthor_400NamingEachAndNothingStored()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await FirstAsync(client, ""))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = "FAULT", comment = new string('c', 4097), author = new string('a', 257) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["author", "comment"], problem!.Errors.Keys.Order().ToArray());
        Assert.Equal(0, factory.CountRows("feedback"));
    }

    [Fact]
    public async Task Feedback_BodyOverLimit_413ProblemAndNothingStored()
    {
        await using var factory = new SidecarFactory();
        factory.Settings["webhook:maxBodyBytes"] = "2048";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        var id = (await FirstAsync(client, ""))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/v1/attributions/{id}/feedback",
            new { @class = "FAULT", comment = new string('c', 3000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, factory.CountRows("feedback"));
    }

    private static async Task<JsonObject> FirstAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions" + query);
        return page!["items"]![0]!.AsObject();
    }
}
