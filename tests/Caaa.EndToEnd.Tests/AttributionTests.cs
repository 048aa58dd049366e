using System.Text.Json;
using Caaa.Cli.Replay;

namespace Caaa.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class AttributionTests(EndToEndStack stack)
{
    [Fact]
    public async Task Webhook_RealFault_AttributedFaultAndNotSilenced()
    {
        var fault = stack.Cases.Fault;

        var attribution = await CurrentAsync(fault);
        var silences = await stack.Http.SilencesForCaseAsync(stack.Stack.Alertmanager.Url, fault.Incident.Id);

        Assert.Equal("FAULT", attribution.GetProperty("class").GetString());
        Assert.Empty(silences);
    }

    [Fact]
    public async Task Webhook_AnnouncedSurge_SilencedNarrowlyAndBounded()
    {
        var surge = stack.Cases.Surge;
        var eventEnd = surge.ShiftedEvents
            .Where(e => e.Covers(surge.StartsAt) && e.AppliesTo(surge.Labels["service"]))
            .Max(e => e.End ?? DateTimeOffset.MaxValue);

        // The first decision is the one that silences; later re-checks read the replay's continuation of the
        // surge and may take the silence back, which the silence must then say.
        var first = stack.FirstAttributions[surge.Incident.Id];
        var current = await CurrentAsync(surge);
        var silences = await stack.Http.SilencesForCaseAsync(stack.Stack.Alertmanager.Url, surge.Incident.Id);

        Assert.Equal("EXPECTED_LOAD", first.GetProperty("class").GetString());
        Assert.True(first.GetProperty("confidence").GetDouble() >= 0.9);
        Assert.NotEmpty(silences);
        if (!silences.Any(s => s.State() == "active"))
        {
            Assert.StartsWith("silence taken back: ", current.GetProperty("silenceAction").GetString(),
                StringComparison.Ordinal);
        }

        Assert.All(silences, silence =>
        {
            var matchers = silence.GetProperty("matchers").EnumerateArray().ToList();
            Assert.All(matchers, m => Assert.True(m.GetProperty("isEqual").GetBoolean()));
            Assert.All(matchers, m => Assert.False(m.GetProperty("isRegex").GetBoolean()));
            Assert.Equal(
                surge.Labels.OrderBy(kv => kv.Key, StringComparer.Ordinal),
                matchers.Select(m => KeyValuePair.Create(m.GetProperty("name").GetString()!,
                    m.GetProperty("value").GetString()!)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Assert.Equal("caaa", silence.GetProperty("createdBy").GetString());
            var endsAt = silence.GetProperty("endsAt").GetDateTimeOffset();
            Assert.True(endsAt <= eventEnd, $"silence ends {endsAt:O}, after the event's end {eventEnd:O}");
            Assert.True(endsAt <= silence.GetProperty("startsAt").GetDateTimeOffset() + EndToEndStack.MaxDuration);
        });
    }

    [Fact]
    public async Task Webhook_FaultDuringAnnouncedEvent_NotSilenced()
    {
        var fault = stack.Cases.FaultDuringEvent;

        var attribution = await CurrentAsync(fault);
        var silences = await stack.Http.SilencesForCaseAsync(stack.Stack.Alertmanager.Url, fault.Incident.Id);

        Assert.True(fault.Announced, "the case must have a calendar event covering its onset");
        Assert.Empty(silences);
        Assert.Equal(JsonValueKind.Null, attribution.GetProperty("silenceId").ValueKind);
        Assert.StartsWith(
            "not silenced", attribution.GetProperty("silenceAction").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> CurrentAsync(ReplayCase replayCase)
    {
        var byCase = await stack.Api.AttributionsByCaseAsync(stack.Stack.SidecarUrl, CancellationToken.None);
        return byCase[replayCase.Incident.Id];
    }
}
