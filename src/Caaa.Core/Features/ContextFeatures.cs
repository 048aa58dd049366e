using Caaa.Core.Context;

namespace Caaa.Core.Features;

/// <summary>
/// What was planned around the onset: a calendar event over an affected service, its announced size,
/// a busy hour, a deployment just before, and how much of the context we actually got.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>A deployment older than this before onset no longer counts.</summary>
    public static readonly TimeSpan DeploymentWindow = TimeSpan.FromMinutes(30);

    /// <summary>recent_deployment = exp(−age / this): 1 at onset, 0.37 after 10 min, 0.05 at 30 min.</summary>
    public static readonly TimeSpan DeploymentDecay = TimeSpan.FromMinutes(10);

    private const double MaximumMultiplier = 100;

    public static void Write(FeatureInputs inputs, Span<double> into)
    {
        var onset = inputs.Incident.Onset;
        var active = ActiveEvents(inputs).ToArray();
        into[0] = active.Length > 0 ? 1 : 0;
        into[1] = active.Length == 0
            ? 0
            : active.Max(e => Math.Clamp(e.ExpectedLoadMultiplier ?? 1, 0, MaximumMultiplier));
        into[2] = TimeSeasonality(onset);
        into[3] = RecentDeployment(inputs);
        into[4] = ContextConfidence(inputs.Incident.Context);
    }

    /// <summary>Calendar events covering onset that apply to an affected service (any service when none is).</summary>
    public static IEnumerable<ContextEvent> ActiveEvents(FeatureInputs inputs)
    {
        var affected = inputs.Score.Anomalous.Select(s => s.Service).Distinct(StringComparer.Ordinal).ToArray();
        var services = affected.Length > 0 ? affected : inputs.Frame.Services;
        return inputs.Incident.Context.Calendar
            .Where(e => e.Covers(inputs.Incident.Onset))
            .Where(e => e.Services.Count == 0 || services.Any(e.AppliesTo));
    }

    /// <summary>
    /// The research plan's busy-hour prior, read in UTC: 1.0 from 09:00 to 20:59, 0.3 otherwise,
    /// ×0.8 on Saturday and Sunday. UTC is an honest but crude stand-in for the users' day.
    /// </summary>
    public static double TimeSeasonality(DateTimeOffset onset)
    {
        var utc = onset.UtcDateTime;
        var hour = utc.Hour is >= 9 and <= 20 ? 1.0 : 0.3;
        var weekend = utc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return hour * (weekend ? 0.8 : 1.0);
    }

    /// <summary>exp(−age / 10 min) of the latest deployment to a frame service within 30 min before onset.</summary>
    private static double RecentDeployment(FeatureInputs inputs)
    {
        var latest = MostRecentDeployment(inputs);
        return latest is null
            ? 0
            : Math.Exp(-(inputs.Incident.Onset - latest.Start) / DeploymentDecay);
    }

    public static ContextEvent? MostRecentDeployment(FeatureInputs inputs)
    {
        var onset = inputs.Incident.Onset;
        return inputs.Incident.Context.Deployments
            .Where(d => d.Start <= onset && onset - d.Start <= DeploymentWindow)
            .Where(d => d.Services.Count == 0 || inputs.Frame.Services.Any(d.AppliesTo))
            .MaxBy(d => d.Start);
    }

    /// <summary>1 complete with events, 0.7 complete but empty, 0.5 incomplete with events, 0.2 neither.</summary>
    private static double ContextConfidence(IncidentContext context) =>
        (context.Complete, context.Events.Count > 0) switch
        {
            (true, true) => 1.0,
            (true, false) => 0.7,
            (false, true) => 0.5,
            (false, false) => 0.2,
        };
}
