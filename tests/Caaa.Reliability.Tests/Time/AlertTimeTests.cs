using System.Net;
using System.Net.Http.Json;
using Caaa.Reliability.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Caaa.Reliability.Tests.Time;

/// <summary>
/// Alerts from far in the past or the future are accepted and end UNKNOWN (no metrics can exist for
/// them), never crash and never silence. A time no real alert has — before 1970 (a zero or unset date)
/// or from the year 9000 — is refused with 400 naming the field; Go's zero endsAt means "no end".
/// Clock skew against Alertmanager is covered by Caaa.Integrations.Tests
/// C20_Create_SlowLocalClock_EndComputedFromServerDateHeader, DST in calendar feeds by
/// C25_ExdateWithTzidAcrossDstChange_ExcludesByWallTimeOnly.
/// </summary>
public sealed class AlertTimeTests
{
    [Theory]
    [InlineData("1971-01-01T00:00:00Z")]
    [InlineData("2199-12-31T23:59:59Z")]
    public async Task Webhook_StartsAtFarAway_AcceptedUnknownNoSilence(string startsAt)
    {
        using var sidecar = new InProcessSidecar();
        sidecar.Settings["silencing:mode"] = "enforce";
        sidecar.Attributor.Confidence = 0.99;
        using var client = sidecar.CreateClient();
        var notification = Notifications.Firing(1, DateTimeOffset.UtcNow);
        notification["alerts"]![0]!["startsAt"] = startsAt;

        using var answer = await client.PostAsJsonAsync("/api/v1/webhook", notification);
        await sidecar.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(sidecar.Count("SELECT COUNT(*) FROM attributions WHERE class = 'UNKNOWN'") == 1,
            sidecar.Logs.AllText);
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM incidents WHERE silence_id IS NOT NULL"));
        Assert.Equal(0, sidecar.Attributor.Calls);
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("startsAt", "9999-12-31T23:59:59Z")]
    [InlineData("startsAt", "0001-01-01T00:00:00Z")]
    [InlineData("startsAt", "1969-12-31T23:59:59Z")]
    [InlineData("endsAt", "0500-01-01T00:00:00Z")]
    public async Task Webhook_AlertTimeNoRealAlertHas_RejectedNamingFieldNothingStored(string field, string value)
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var notification = Notifications.Firing(1, DateTimeOffset.UtcNow);
        notification["alerts"]![0]![field] = value;

        using var answer = await client.PostAsJsonAsync("/api/v1/webhook", notification);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains($"alerts[0].{field}", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM incidents"));
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Webhook_GoZeroEndsAt_AcceptedAsNoEnd()
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var notification = Notifications.Firing(1, DateTimeOffset.UtcNow);
        notification["alerts"]![0]!["endsAt"] = "0001-01-01T00:00:00Z";

        using var answer = await client.PostAsJsonAsync("/api/v1/webhook", notification);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(1, sidecar.Count("SELECT COUNT(*) FROM incidents WHERE ends_at IS NULL"));
    }
}
