using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
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
}
