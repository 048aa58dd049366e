using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// The rails a silence must pass, checked in order: the alert still fires, its severity is not
/// protected, it is EXPECTED_LOAD, confident enough, and a calendar event covering the onset (and
/// still running) explains it. Anything else — FAULT, UNKNOWN, doubt — is never silenced.
/// </summary>
internal static class SilencePolicy
{
    public static SilenceDecision Decide(
        IncidentRecord incident,
        Attribution attribution,
        IncidentContext context,
        SilencingOptions options,
        DateTimeOffset now)
    {
        if (incident.Status != AlertStatus.Firing)
        {
            return SilenceDecision.Refuse("the alert is resolved");
        }

        if (incident.Labels.TryGetValue(options.SeverityLabel, out var severity)
            && options.ProtectedSeverities.Contains(severity, StringComparer.OrdinalIgnoreCase))
        {
            return SilenceDecision.Refuse($"severity '{severity}' is protected");
        }

        if (attribution.Class != AttributionClass.ExpectedLoad)
        {
            return SilenceDecision.Refuse($"the class is {attribution.Class.ToWire()}");
        }

        if (attribution.Confidence < options.MinConfidence)
        {
            return SilenceDecision.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"confidence {attribution.Confidence:0.000} is below {options.MinConfidence:0.000}"));
        }

        var coveringEvent = CoveringEvent(incident, context, now);
        return coveringEvent is null
            ? SilenceDecision.Refuse("no running calendar event covers the alert's onset")
            : new SilenceDecision(true, string.Create(CultureInfo.InvariantCulture,
                $"EXPECTED_LOAD ({attribution.Confidence:0.00}) during calendar event '{coveringEvent.Name}'"),
                coveringEvent);
    }

    /// <summary>The latest-ending calendar event that covers the onset, applies to the service and still runs.</summary>
    private static ContextEvent? CoveringEvent(IncidentRecord incident, IncidentContext context, DateTimeOffset now) =>
        context.Calendar
            .Where(e => e.Covers(incident.StartsAt) && (e.End is null || e.End > now))
            .Where(e => incident.Service is null ? e.Services.Count == 0 : e.AppliesTo(incident.Service))
            .OrderByDescending(e => e.End ?? DateTimeOffset.MaxValue)
            .FirstOrDefault();
}
