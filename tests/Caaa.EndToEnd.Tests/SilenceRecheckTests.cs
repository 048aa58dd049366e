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
    /// <summary>The fault must fill half of the re-check's recent 5 minutes before its medians move.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    [Fact]
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

    [Fact]
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
        Assert.NotEmpty(before);
        Assert.All(before, d => Assert.DoesNotContain("taken back", d.GetProperty("silenceAction").GetString(),
            StringComparison.Ordinal));
        // The fault reached the decision through Prometheus: either the verdict left a confident EXPECTED_LOAD,
        // or the recent minutes broke a physics rail the fault breaks (CPU per request, errors, CPU, latency).
        var confidentLoad = detail.GetProperty("class").GetString() == "EXPECTED_LOAD"
            && detail.GetProperty("confidence").GetDouble() >= 0.9;
        var faultRail = new[] { "cost rail", "error rail", "cpu rail", "latency rail" }
            .Any(rail => action.Contains(rail, StringComparison.Ordinal));
        Assert.True(!confidentLoad || faultRail, action);
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

    [Fact]
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

    private async Task<JsonElement> CurrentAsync(string caseId) =>
        (await stack.Api.AttributionsByCaseAsync(stack.Stack.SidecarUrl, CancellationToken.None))[caseId];
}
