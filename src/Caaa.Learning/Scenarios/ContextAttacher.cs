using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Learning.Synthetic;
using MathNet.Numerics.Distributions;

namespace Caaa.Learning.Scenarios;

/// <summary>
/// Gives each case the calendar entries and deployments a real organisation would have had around it, with the
/// probabilities of <see cref="ScenarioOptions"/> and the caller's seeded <see cref="Random"/>. Existing
/// context (e.g. NAB's holiday events) is kept. Every attached event has Source "scenario".
/// </summary>
internal static class ContextAttacher
{
    public const string Source = "scenario";

    public static IReadOnlyList<Incident> Attach(IReadOnlyList<CaseDraft> drafts, ScenarioOptions options,
        Random random) =>
        drafts.Select(d => Attach(d, options, random)).ToArray();

    public static Incident Attach(CaseDraft draft, ScenarioOptions options, Random random)
    {
        var incident = draft.Incident;
        var events = new List<ContextEvent>(incident.Context.Events);
        var isFault = incident.Label == AttributionClass.Fault;

        if (draft.Surge is { } surge)
        {
            var announce = surge.Kind.Planned ? options.AnnouncedSurge : options.AnnouncedViral;
            if (random.NextDouble() < announce)
            {
                events.Add(Announced(surge, options.AnnouncedMultiplierNoise, random));
            }
        }
        else if (isFault && random.NextDouble() < options.FaultDuringEvent)
        {
            events.Add(EventCovering(incident.Onset, random));
        }

        var deploy = isFault ? options.DeploymentBeforeFault : options.DeploymentBeforeLoad;
        if (random.NextDouble() < deploy)
        {
            events.Add(Deployment(incident, isFault, random));
        }

        if (random.NextDouble() < options.EventWithoutLoad)
        {
            events.Add(QuietEvent(incident.Onset, random));
        }

        return incident with { Context = new IncidentContext(events, incident.Context.Complete) };
    }

    private static ContextEvent Announced(Surge surge, double noise, Random random)
    {
        var start = surge.Start - Minutes(random, 0, 30);
        var end = surge.End + Minutes(random, 0, 30);
        var announced = Math.Max(1.05, surge.Multiplier * (1 + Normal.Sample(random, 0, noise)));
        return new ContextEvent(ContextEventKind.Calendar, ContextNames.ForSurge(surge.Kind, random), start, end, [],
            Source, Math.Round(announced, 1));
    }

    private static ContextEvent EventCovering(DateTimeOffset onset, Random random)
    {
        var kind = SurgeKind.All.Where(k => k.Planned).ElementAt(random.Next(3));
        var announced = kind.MinMultiplier + (random.NextDouble() * (kind.MaxMultiplier - kind.MinMultiplier));
        return new ContextEvent(ContextEventKind.Calendar, ContextNames.ForSurge(kind, random),
            onset - Minutes(random, 10, 120), onset + Minutes(random, 30, 180), [], Source, Math.Round(announced, 1));
    }

    private static ContextEvent Deployment(Incident incident, bool isFault, Random random)
    {
        var services = incident.Frame.Services;
        var service = isFault && incident.RootService is { } root && random.NextDouble() < 0.7
            ? root
            : services[random.Next(services.Count)];
        return new ContextEvent(ContextEventKind.Deployment, ContextNames.Deployment(service, random),
            incident.Onset - Minutes(random, 2, 30), null, [service], Source);
    }

    private static ContextEvent QuietEvent(DateTimeOffset onset, Random random)
    {
        var covering = random.NextDouble() < 0.5;
        var start = covering ? onset - Minutes(random, 30, 240) : onset - Minutes(random, 300, 600);
        var end = covering ? onset + Minutes(random, 30, 240) : start + Minutes(random, 60, 240);
        return new ContextEvent(ContextEventKind.Calendar, ContextNames.WithoutLoad(random), start, end, [], Source);
    }

    private static TimeSpan Minutes(Random random, int min, int max) =>
        TimeSpan.FromMinutes(min + (random.NextDouble() * (max - min)));
}
