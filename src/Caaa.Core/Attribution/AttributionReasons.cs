using System.Globalization;
using Caaa.Core.Detection;
using Caaa.Core.Features;

namespace Caaa.Core.Attribution;

/// <summary>
/// The human-readable evidence behind a verdict: the signals that moved most, the calendar event
/// and deployment around onset, and the load, cost-per-request, error and latency facts.
/// </summary>
internal static class AttributionReasons
{
    private const int TopSignals = 3;

    public static List<string> Describe(FeatureEvidence evidence)
    {
        var reasons = new List<string>();
        reasons.AddRange(Signals(evidence.Score));
        reasons.AddRange(ContextFeatures.ActiveEvents(evidence.Inputs).Select(Calendar));
        if (LatestDeployment(evidence.Inputs) is { } deployment)
        {
            reasons.Add(deployment);
        }

        reasons.AddRange(Facts(evidence.Features));
        return reasons;
    }

    private static IEnumerable<string> Signals(DetectorScore score)
    {
        var top = score.Top(TopSignals).Where(s => s.IsAnomalous).ToArray();
        return top.Length == 0
            ? [Text($"no signal left its baseline for long (max z={score.Max:0.0})")]
            : top.Select(s => Text($"{s.Service} {s.Signal.ToString().ToLowerInvariant()} z={s.PeakZ:0.0}"));
    }

    private static string Calendar(Context.ContextEvent calendar)
    {
        var announced = calendar.ExpectedLoadMultiplier is { } multiplier
            ? Text($", announced load ×{multiplier:0.0}")
            : "";
        return $"calendar event '{calendar.Name}' ({calendar.Source}) covers onset{announced}";
    }

    /// <summary>
    /// The deployment <c>recent_deployment</c> reads (the latest to one of the frame's services within 30 minutes
    /// before onset), so a reason never names another service's deployment or an old one.
    /// </summary>
    private static string? LatestDeployment(FeatureInputs inputs)
    {
        var onset = inputs.Incident.Onset;
        var latest = ContextFeatures.MostRecentDeployment(inputs);
        if (latest is null)
        {
            return null;
        }

        var services = latest.Services.Count == 0 ? "all services" : string.Join(", ", latest.Services);
        var minutes = (onset - latest.Start).TotalMinutes;
        return Text($"deployment '{latest.Name}' of {services} {minutes:0} min before onset");
    }

    private static IEnumerable<string> Facts(FeatureVector features)
    {
        yield return Text($"request rate ×{features["load_ratio"]:0.00} after onset");
        yield return Text($"CPU per request ×{features["cost_per_request_change"]:0.00} (worst service)");
        yield return Text($"error ratio {100 * features["error_ratio_change"]:+0.0;-0.0;0.0} points (worst service)");
        yield return Text($"latency ×{features["latency_ratio"]:0.00} (worst service)");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
