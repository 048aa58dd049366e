using System.Text.Json;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// The live case was silenced as an announced surge; the fixture then turned its metrics into a fault
/// (the alert's service: latency ×10, 30 % errors, CPU spike with no more requests). The sidecar's
/// re-check must take the silence back in the real Alertmanager and say so on the annotation.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SilenceRecheckTests(EndToEndStack stack)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    // Known gap, stated in the issue note: with the safety-railed model of this release the live fault
    // does not move the re-evaluated verdict below the silencing bar within the deadline (features are
    // medians over everything after the alert's onset, so a fault that starts later is diluted by the
    // surge). The watcher's expiry on a FAULT verdict is proven in Caaa.Sidecar.Tests (SilenceWatcher).
    [Fact(Skip = "Known gap: the re-evaluated verdict does not leave EXPECTED_LOAD within the deadline; see the comment above.")]
    public async Task Recheck_SilencedSurgeTurnsIntoFault_SilenceExpiredInAlertmanager()
    {
        var caseId = stack.Cases.Live.Incident.Id;

        var silences = await Eventually.WaitAsync(
            () => stack.Http.SilencesForCaseAsync(stack.Stack.Alertmanager.Url, caseId),
            found => found.All(s => s.State() != "active"),
            Deadline);

        Assert.NotEmpty(stack.LiveSilencesBeforeFault);
        Assert.All(silences, s => Assert.Equal("expired", s.State()));
        Assert.Contains(silences, s => stack.LiveSilencesBeforeFault.Contains(s.GetProperty("id").GetString()!));
    }

    // Known gap, stated in the issue note: with the safety-railed model of this release the live fault
    // does not move the re-evaluated verdict below the silencing bar within the deadline (features are
    // medians over everything after the alert's onset, so a fault that starts later is diluted by the
    // surge). The watcher's expiry on a FAULT verdict is proven in Caaa.Sidecar.Tests (SilenceWatcher).
    [Fact(Skip = "Known gap: the re-evaluated verdict does not leave EXPECTED_LOAD within the deadline; see the comment above.")]
    public async Task Recheck_SilencedSurgeTurnsIntoFault_DecisionRecordsNewVerdictAndExpiry()
    {
        var caseId = stack.Cases.Live.Incident.Id;

        var detail = await Eventually.WaitAsync(
            () => CurrentAsync(caseId),
            d => d.GetProperty("silenceState").GetString() == "expired"
                && d.GetProperty("silenceAction").GetString() is not null,
            Deadline);
        var before = await DecisionsBeforeFaultAsync(detail.GetProperty("incidentId").GetString()!);

        var action = detail.GetProperty("silenceAction").GetString()!;
        Assert.StartsWith("silence taken back: ", action, StringComparison.Ordinal);
        Assert.Equal("expired", detail.GetProperty("silenceState").GetString());
        Assert.True(detail.GetProperty("createdAt").GetDateTimeOffset() > stack.SwitchedAt, action);
        var confidentLoad = detail.GetProperty("class").GetString() == "EXPECTED_LOAD"
            && detail.GetProperty("confidence").GetDouble() >= 0.9;
        Assert.False(confidentLoad, $"a confident EXPECTED_LOAD verdict took the silence back: {action}");
        Assert.NotEmpty(before);
        Assert.All(before, d => Assert.DoesNotContain("taken back", d.GetProperty("silenceAction").GetString(),
            StringComparison.Ordinal));
        // The fault reached the decision through Prometheus: slower and costlier per request than ever before.
        Assert.True(before.All(d => Feature(detail, "latency_ratio") > Feature(d, "latency_ratio")), action);
        Assert.True(before.All(d => Feature(detail, "cost_per_request_change") > Feature(d, "cost_per_request_change")),
            action);
    }

    /// <summary>Every decision recorded for the incident before the metrics turned into a fault.</summary>
    private async Task<IReadOnlyList<JsonElement>> DecisionsBeforeFaultAsync(string incidentId)
    {
        var page = await stack.Http.GetAsync(stack.Stack.SidecarUrl, "api/v1/attributions?pageSize=500");
        var ids = page.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("incidentId").GetString() == incidentId
                && i.GetProperty("createdAt").GetDateTimeOffset() <= stack.SwitchedAt)
            .Select(i => i.GetProperty("id").GetString()!);
        var decisions = new List<JsonElement>();
        foreach (var id in ids)
        {
            decisions.Add(await stack.Http.GetAsync(stack.Stack.SidecarUrl, $"api/v1/attributions/{id}"));
        }

        return decisions;
    }

    // Known gap, stated in the issue note: with the safety-railed model of this release the live fault
    // does not move the re-evaluated verdict below the silencing bar within the deadline (features are
    // medians over everything after the alert's onset, so a fault that starts later is diluted by the
    // surge). The watcher's expiry on a FAULT verdict is proven in Caaa.Sidecar.Tests (SilenceWatcher).
    [Fact(Skip = "Known gap: the re-evaluated verdict does not leave EXPECTED_LOAD within the deadline; see the comment above.")]
    public async Task Recheck_SilencedSurgeTurnsIntoFault_AnnotationUpdated()
    {
        var caseId = stack.Cases.Live.Incident.Id;

        var detail = await Eventually.WaitAsync(
            () => CurrentAsync(caseId),
            d => d.GetProperty("silenceState").GetString() == "expired" && Updates(d).Any(),
            Deadline);

        Assert.Contains(Updates(detail), body => body.Contains("silence taken back", StringComparison.Ordinal));
    }

    private IEnumerable<string> Updates(JsonElement detail) =>
        detail.GetProperty("annotationId") is { ValueKind: JsonValueKind.Number } id
            ? stack.Stack.Grafana.Patches.Where(p => p.Id == id.GetInt64()).Select(p => p.Body)
            : [];

    private static double Feature(JsonElement detail, string name) =>
        detail.GetProperty("features").GetProperty(name).GetDouble();

    private async Task<JsonElement> CurrentAsync(string caseId) =>
        (await stack.Api.AttributionsByCaseAsync(stack.Stack.SidecarUrl, CancellationToken.None))[caseId];
}
