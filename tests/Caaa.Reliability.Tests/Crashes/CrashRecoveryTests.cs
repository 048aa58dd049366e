using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using Caaa.Sidecar.Store;

namespace Caaa.Reliability.Tests.Crashes;

/// <summary>
/// The sidecar as a real process, killed with SIGKILL mid-work and restarted on the same store:
/// nothing accepted is lost, nothing is attributed or silenced twice, the store stays intact.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Notifications = 12;

    [Fact]
    public async Task Kill_WhileIncidentsQueued_EveryAcceptedAttributedOnceAndNoDuplicateSilence()
    {
        using var rig = new CrashRig();
        FakePrometheus.AnswerLoadSurge(rig.Prometheus, rig.Onset, TimeSpan.FromMilliseconds(700));
        var notifications = Enumerable.Range(1, Notifications)
            .Select(i => Support.Notifications.Firing(i, rig.Onset, i % 3 == 0 ? "critical" : "warning"))
            .ToList();

        List<string> statuses;
        using (var first = await SidecarProcess.StartAsync(rig.ConfigPath))
        {
            using var client = first.CreateClient();
            statuses = await CrashRig.PostAllAsync(client, notifications);
            await CrashRig.WaitForAttributionsAsync(client, 1);
            first.Kill();
        }

        var beforeRestart = rig.InspectStore();
        FakePrometheus.AnswerLoadSurge(rig.Prometheus, rig.Onset, TimeSpan.Zero);
        JsonArray attributions;
        using (var second = await SidecarProcess.StartAsync(rig.ConfigPath))
        {
            using var client = second.CreateClient();
            attributions = await CrashRig.WaitForAttributionsAsync(client, Notifications);
            Assert.DoesNotContain("Unhandled exception", second.Output, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(statuses, s => Assert.Equal("200", s));
        Assert.Equal("ok", beforeRestart.Integrity);
        AssertExactlyOncePerIncident(attributions, Notifications);
        AssertSilencesNarrowAndSingle(rig, attributions);
        AssertStoreIntact(rig);
    }

    [Fact]
    public async Task Kill_WhileSilenceBeingCreated_NoDuplicateSilenceAfterRestart()
    {
        using var rig = new CrashRig();
        FakePrometheus.AnswerLoadSurge(rig.Prometheus, rig.Onset, TimeSpan.Zero);
        rig.Alertmanager.CreateAnswerDelay = TimeSpan.FromSeconds(20);
        var notification = Support.Notifications.Firing(1, rig.Onset);

        using (var first = await SidecarProcess.StartAsync(rig.ConfigPath))
        {
            using var client = first.CreateClient();
            await CrashRig.PostAllAsync(client, [notification]);
            await rig.Alertmanager.CreateHeld.Task.WaitAsync(TimeSpan.FromMinutes(1));
            first.Kill();
        }

        rig.Alertmanager.CreateAnswerDelay = TimeSpan.Zero;
        JsonArray attributions;
        using (var second = await SidecarProcess.StartAsync(rig.ConfigPath))
        {
            using var client = second.CreateClient();
            await CrashRig.PostAllAsync(client, [notification]);
            attributions = await CrashRig.WaitForAttributionsAsync(client, 1);
            await WaitForIdleAsync(rig);
        }

        Assert.Single(attributions);
        Assert.Single(rig.Alertmanager.Silences);
        Assert.Equal(1, rig.Alertmanager.CreateRequests);
        AssertStoreIntact(rig);
    }

    private static void AssertExactlyOncePerIncident(JsonArray attributions, int expected)
    {
        var perIncident = attributions.GroupBy(a => a!["incidentId"]!.GetValue<string>()).ToList();
        Assert.Equal(expected, perIncident.Count);
        Assert.All(perIncident, g => Assert.Single(g));
    }

    private static void AssertSilencesNarrowAndSingle(CrashRig rig, JsonArray attributions)
    {
        var silences = rig.Alertmanager.Silences;
        var matcherSets = silences.Select(s => s["matchers"]!.ToJsonString()).ToList();
        Assert.Equal(matcherSets.Count, matcherSets.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(silences.Count, rig.Alertmanager.CreateRequests);
        Assert.DoesNotContain(silences, s => s["matchers"]!.AsArray()
            .Any(m => m!["name"]!.GetValue<string>() == "severity" && m["value"]!.GetValue<string>() == "critical"));
        var expectedLoad = attributions.Count(a => a!["class"]!.GetValue<string>() == "EXPECTED_LOAD"
            && !a["alertname"]!.GetValue<string>().EndsWith('3') && !a["alertname"]!.GetValue<string>().EndsWith('6')
            && !a["alertname"]!.GetValue<string>().EndsWith('9') && a["alertname"]!.GetValue<string>() != "HighLoad12");
        Assert.True(silences.Count <= expectedLoad, $"{silences.Count} silences for {expectedLoad} silenceable");
        Assert.True(silences.Count > 0, "no silence was created at all; the scenario did not exercise silencing");
    }

    private static void AssertStoreIntact(CrashRig rig)
    {
        var (integrity, journal, version) = rig.InspectStore();
        Assert.Equal("ok", integrity);
        Assert.Equal("wal", journal);
        Assert.Equal(StoreMigrations.LatestVersion, version);
    }

    private static async Task WaitForIdleAsync(CrashRig rig)
    {
        for (var poll = 0; poll < 400 && rig.Alertmanager.Silences.Count == 0; poll++)
        {
            await Task.Delay(50);
        }
    }
}
