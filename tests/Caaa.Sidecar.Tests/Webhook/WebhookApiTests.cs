using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Caaa.Sidecar.Tests.Webhook;

public sealed class WebhookApiTests
{
    public static TheoryData<string> RealSamples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in (string[])["prometheus-msteams", "zulip-fixtures"])
        {
            var directory = SharedData.WireFormats(Path.Combine("alertmanager-webhook", folder));
            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealSamples))]
    public async Task Webhook_RealAlertmanagerSample_Accepted(string sample)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = await File.ReadAllBytesAsync(SharedData.WireFormats(Path.Combine("alertmanager-webhook", sample)));
        var alerts = JsonNode.Parse(body)!["alerts"]!.AsArray().Count;

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await client.PostAsync("/api/v1/webhook", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(alerts, receipt!["alerts"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("version", "\"3\"", "version")]
    [InlineData("status", "\"burning\"", "status")]
    [InlineData("groupKey", "null", "groupKey")]
    [InlineData("alerts", "null", "alerts")]
    public async Task Webhook_InvalidGroupField_400NamingTheField(string field, string json, string expected)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        body[field] = JsonNode.Parse(json);

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, expected);
    }

    [Fact]
    public async Task Webhook_SecondAlertWithoutStartsAt_400NamesAlerts1StartsAt()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Case("C03.json");
        body["alerts"]![1]!.AsObject().Remove("startsAt");

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, "alerts[1].startsAt");
    }

    [Fact]
    public async Task Webhook_UnparsableStartsAt_400NamesTheField()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Case("C03.json");
        body["alerts"]![1]!["startsAt"] = "yesterday";

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, "alerts[1].startsAt");
    }

    [Theory]
    [InlineData("startsAt", "0001-01-01T00:00:00Z")]
    [InlineData("startsAt", "1969-12-31T23:59:59Z")]
    [InlineData("startsAt", "9000-01-01T00:00:00Z")]
    [InlineData("endsAt", "0002-01-01T00:00:00Z")]
    [InlineData("endsAt", "1969-12-31T23:59:59Z")]
    [InlineData("endsAt", "9500-01-01T00:00:00Z")]
    public async Task Webhook_AlertTimeOutsideRealAlertTimes_400NamingItAndNothingStored(string field, string value)
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Case("C03.json");
        body["alerts"]![1]![field] = value;

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, $"alerts[1].{field}");
        Assert.Equal(0, factory.CountRows("incidents"));
        Assert.Equal(0, factory.CountRows("deliveries"));
    }

    [Fact]
    public async Task Webhook_StartsAtAtTheEpochAndZeroEndsAt_Accepted()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var response = await client.PostWebhookAsync(Payloads.Firing(startsAt: "1970-01-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, factory.CountRows("incidents"));
    }

    [Fact]
    public async Task Webhook_LabelValueNotString_400NamesTheLabel()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        body["alerts"]![0]!["labels"]!["severity"] = 3;

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, "alerts[0].labels.severity");
    }

    [Fact]
    public async Task Webhook_BadAlertStatus_400AndCountedInvalid()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        body["alerts"]![0]!["status"] = "pending";

        var response = await client.PostWebhookAsync(body);

        await AssertFieldErrorAsync(response, "alerts[0].status");
        Assert.Equal(1, factory.Get<CaaaMetrics>().WebhookRequests.WithLabels(WebhookOutcomes.Invalid).Value);
    }

    [Fact]
    public async Task Webhook_BodyOverLimit_413()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["webhook:maxBodyBytes"] = "2048";
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        body["alerts"]![0]!["annotations"]!["description"] = new string('x', 4096);

        var response = await client.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, factory.Get<CaaaMetrics>().WebhookRequests.WithLabels(WebhookOutcomes.TooLarge).Value);
    }

    [Fact]
    public async Task Webhook_BodyOverDefaultMiB_413()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        body["alerts"]![0]!["annotations"]!["description"] = new string('x', 1024 * 1024);

        var response = await client.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_BearerAuthWithoutOrWithWrongToken_401()
    {
        await using var factory = BearerFactory("s3cret-token");
        using var client = factory.CreateClient();

        var missing = await client.PostWebhookAsync(Payloads.Firing());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        var wrong = await client.PostWebhookAsync(Payloads.Firing());

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(2, factory.Get<CaaaMetrics>().WebhookRequests.WithLabels(WebhookOutcomes.Unauthorized).Value);
        Assert.Equal(0, await factory.Get<IncidentStore>().CountBacklogAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Webhook_BearerAuthWithTokenFromFile_Accepted()
    {
        await using var factory = BearerFactory("s3cret-token");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");

        var response = await client.PostWebhookAsync(Payloads.Firing());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_BasicAuthFromEnvironment_AcceptsRightPasswordOnly()
    {
        var variable = "CAAA_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "hunter2");
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["webhook:auth:mode"] = "basic";
        factory.Settings["webhook:auth:username"] = "alertmanager";
        factory.Settings["webhook:auth:secretEnv"] = variable;
        using var client = factory.CreateClient();

        client.DefaultRequestHeaders.Authorization = Basic("alertmanager", "wrong");
        var wrong = await client.PostWebhookAsync(Payloads.Firing());
        client.DefaultRequestHeaders.Authorization = Basic("alertmanager", "hunter2");
        var right = await client.PostWebhookAsync(Payloads.Firing());

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Environment.SetEnvironmentVariable(variable, null);
    }

    [Fact]
    public async Task Webhook_BacklogAtLimit_503WithRetryAfterAndNothingDropped()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["queue:maxPending"] = "1";
        factory.Settings["queue:retryAfterSeconds"] = "45";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing(fingerprint: "00000000000000a1"))).EnsureSuccessStatusCode();

        var response = await client.PostWebhookAsync(Payloads.Firing("Other", fingerprint: "00000000000000b2"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(45), response.Headers.RetryAfter?.Delta);
        Assert.Equal(1, factory.Get<CaaaMetrics>().WebhookRequests.WithLabels(WebhookOutcomes.Overloaded).Value);
        Assert.Equal(1, await factory.Get<IncidentStore>().CountBacklogAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Webhook_DuplicateWhileBacklogFull_StillAnswered200()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["queue:maxPending"] = "1";
        using var client = factory.CreateClient();
        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();

        var replay = await client.PostWebhookAsync(Payloads.Firing());

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, factory.Get<CaaaMetrics>().WebhookDuplicates.Value);
    }

    [Fact]
    public async Task Webhook_AcceptedThenHostStoppedBeforeWorker_NewHostAttributesExactlyOnce()
    {
        var storePath = SidecarFactory.NewStorePath();
        await using (var first = new SidecarFactory(storePath) { RunWorker = false })
        {
            using var client = first.CreateClient();
            (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
            Assert.Equal(0, first.Attributor.Calls);
        }

        await using var second = new SidecarFactory(storePath);
        using var secondClient = second.CreateClient();
        await second.WaitForIdleAsync();
        var page = await secondClient.GetFromJsonAsync<JsonObject>("/api/v1/attributions");

        Assert.Equal(1, second.Attributor.Calls);
        Assert.Equal(1, page!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Webhook_AlertResolvedLater_AnnotationEndPatched()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        var firing = Payloads.Firing();
        (await client.PostWebhookAsync(firing)).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        (await client.PostWebhookAsync(Payloads.Resolved(firing, "2026-03-02T10:02:00Z"))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var update = Assert.Single(factory.Annotations.Updates);
        Assert.Equal(1, update.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 2, 0, TimeSpan.Zero), update.End);
        Assert.Equal(1, factory.Attributor.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Webhook_AlertWithoutAlertname_AcceptedAndAttributedUnderPlaceholder(string? alertname)
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();
        var body = Payloads.Firing();
        var nameless = body["alerts"]![0]!.DeepClone();
        nameless["fingerprint"] = "00000000000000c3";
        nameless["labels"]!.AsObject().Remove("alertname");
        if (alertname is not null)
        {
            nameless["labels"]!["alertname"] = alertname;
        }

        body["alerts"]!.AsArray().Add(nameless);
        var expectedLabels = nameless["labels"]!.ToJsonString();

        var response = await client.PostWebhookAsync(body);
        await factory.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, factory.CountRows("incidents"));
        Assert.Equal(2, factory.CountRows("attributions"));
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions?alertname=(no alertname)");
        var summary = Assert.Single(page!["items"]!.AsArray())!;
        var detail = await client.GetFromJsonAsync<JsonObject>(
            $"/api/v1/attributions/{summary["id"]!.GetValue<string>()}");
        Assert.Equal("00000000000000c3", detail!["fingerprint"]!.GetValue<string>());
        Assert.Equal(expectedLabels, detail["labels"]!.ToJsonString());
        var verdict = detail["class"]!.GetValue<string>();
        Assert.Equal(1, factory.Get<CaaaMetrics>().Attributions.WithLabels(verdict, "(no alertname)").Value);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
    }

    private static SidecarFactory BearerFactory(string token)
    {
        var file = Path.Combine(Path.GetDirectoryName(SidecarFactory.NewStorePath())!, "token");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, token + "\n");
        var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["webhook:auth:mode"] = "bearer";
        factory.Settings["webhook:auth:secretFile"] = file;
        return factory;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
