using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Caaa.Reliability.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Caaa.Reliability.Tests.Security;

/// <summary>Only configured credentials may push alerts, events or feedback; secrets never leak.</summary>
public sealed class PushAuthorizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 3, 0, TimeSpan.Zero);

    [Fact]
    public async Task Webhook_HmacSigned_AcceptsOnceAndRefusesTamperedStaleAndReplayed()
    {
        using var sidecar = Hmac("k3y-for-hmac", out _);
        using var client = sidecar.CreateClient();
        var body = Notifications.Firing(1, Now.AddMinutes(-3)).ToJsonString();

        using var accepted = await client.SendAsync(Signed.Request(body, "k3y-for-hmac", Now));
        using var replayed = await client.SendAsync(Signed.Request(body, "k3y-for-hmac", Now));
        using var tampered = await client.SendAsync(Signed.Request(body, "k3y-for-hmac", Now.AddSeconds(1),
            bodyOverride: body.Replace("warning", "critical", StringComparison.Ordinal)));
        using var stale = await client.SendAsync(Signed.Request(body, "k3y-for-hmac", Now.AddMinutes(-6)));
        using var wrongKey = await client.SendAsync(Signed.Request(body, "other-key", Now.AddSeconds(2)));
        using var unsigned = await client.PostAsync("/api/v1/webhook", new StringContent(body));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.All(new[] { replayed, tampered, stale, wrongKey, unsigned },
            r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Contains("replay", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("X-CAAA-Timestamp", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, sidecar.Count("SELECT COUNT(*) FROM deliveries"));
    }

    [Fact]
    public async Task EventsAndFeedback_WithoutCredentials_401AndNothingStored()
    {
        using var sidecar = Bearer("t0ken-value-xyz", out _);
        using var client = sidecar.CreateClient();

        using var feedback = await client.PostAsJsonAsync("/api/v1/attributions/abc/feedback",
            new { @class = "FAULT", comment = "hide it" });
        using var events = await client.PostAsJsonAsync("/api/v1/events",
            new { kind = "calendar", name = "everything is load", start = Now.AddHours(-1) });

        Assert.Equal(HttpStatusCode.Unauthorized, feedback.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, events.StatusCode);
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM events"));
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM feedback"));
    }

    [Fact]
    public async Task Secrets_WrongAndRightCredentials_NeverInLogsOrMetrics()
    {
        const string secret = "s3cr3t-token-4f9a1c";
        using var sidecar = Bearer(secret, out _);
        using var client = sidecar.CreateClient();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret + "-wrong");
        using var refused = await client.PostAsJsonAsync("/api/v1/webhook", Notifications.Firing(1, Now));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var accepted = await client.PostAsJsonAsync("/api/v1/webhook", Notifications.Firing(2, Now));
        await sidecar.WaitForIdleAsync();
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.DoesNotContain(secret, metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, sidecar.Logs.AllText, StringComparison.Ordinal);
        Assert.NotEmpty(sidecar.Logs.Entries);
    }

    private static InProcessSidecar Bearer(string secret, out string file)
    {
        file = SecretFile(secret);
        var sidecar = new InProcessSidecar(new FakeTimeProvider(Now));
        sidecar.Settings["webhook:auth:mode"] = "bearer";
        sidecar.Settings["webhook:auth:secretFile"] = file;
        return sidecar;
    }

    private static InProcessSidecar Hmac(string key, out string file)
    {
        file = SecretFile(key);
        var sidecar = new InProcessSidecar(new FakeTimeProvider(Now));
        sidecar.Settings["webhook:auth:mode"] = "hmac";
        sidecar.Settings["webhook:auth:secretFile"] = file;
        return sidecar;
    }

    private static string SecretFile(string secret)
    {
        var path = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N"), "secret");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, secret + "\n");
        return path;
    }
}
