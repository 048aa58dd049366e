using System.Text.Json;

namespace Caaa.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SilenceRecheckTests(EndToEndStack stack)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Recheck_SilencedSurgeTurnsIntoFault_SilenceExpiredAndAnnotationUpdated()
    {
        var live = stack.Cases.Live;
        var alertmanager = stack.Stack.Alertmanager.Url;
        var silenced = (await stack.Http.SilencesForCaseAsync(alertmanager, live.Incident.Id))
            .Where(s => s.State() == "active").Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(silenced);

        stack.Live.Serve(LiveValues.Fault(live));
        var silences = await Eventually.WaitAsync(
            () => stack.Http.SilencesForCaseAsync(alertmanager, live.Incident.Id),
            found => found.All(s => s.State() != "active"),
            Deadline);
        // Alertmanager answers before the sidecar has recorded why; give it a moment to finish.
        var attribution = await Eventually.WaitAsync(
            async () => (await stack.Api.AttributionsByCaseAsync(stack.Stack.SidecarUrl, CancellationToken.None))[
                live.Incident.Id],
            found => found.GetProperty("silenceState").GetString() == "expired"
                && stack.Stack.Grafana.Patches.Count > 0,
            TimeSpan.FromSeconds(30));

        Assert.All(silences, s => Assert.Equal("expired", s.State()));
        Assert.Contains(silences, s => silenced.Contains(s.GetProperty("id").GetString()!));
        Assert.Equal("FAULT", attribution.GetProperty("class").GetString());
        Assert.Equal("expired", attribution.GetProperty("silenceState").GetString());
        Assert.StartsWith("silence taken back", attribution.GetProperty("silenceAction").GetString(),
            StringComparison.Ordinal);
        var annotationId = attribution.GetProperty("annotationId").GetInt64();
        Assert.Contains(stack.Stack.Grafana.Patches,
            p => p.Id == annotationId && p.Body.Contains("silence taken back", StringComparison.Ordinal));
    }
}
