using Caaa.Cli.Replay;
using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// Picks the cases for the end-to-end stack from the real case set: a few candidates per role are held
/// out (with their whole group) of a model trained on everything else, and the first candidate whose
/// offline attribution fits its role is taken.
/// </summary>
internal sealed class CasePicker
{
    /// <summary>How much of the live surge after its onset is backfilled; the rest is served live.</summary>
    public static readonly TimeSpan LiveSurgeKept = TimeSpan.FromMinutes(5);

    private const int CandidatesPerRole = 2;
    private const double SilenceConfidence = 0.9;
    private static readonly TimeSpan MinEventLeft = TimeSpan.FromMinutes(20);

    private readonly List<Incident> _faults;
    private readonly List<Incident> _surges;
    private readonly List<Incident> _faultsUnderLoad;

    public CasePicker(IReadOnlyList<Incident> all)
    {
        All = all;
        _faults = Candidates(all, i => Kind(i) == "fault" && i.System != "nab");
        _surges = Candidates(all, i => Kind(i) == "announced_surge", 2 * CandidatesPerRole);
        _faultsUnderLoad = Candidates(all, i => Kind(i) == "fault_under_load");
        Held = [.. _faults, .. _surges, .. _faultsUnderLoad];
    }

    public IReadOnlyList<Incident> All { get; }

    /// <summary>Every candidate; the model must not have seen any of their groups.</summary>
    public IReadOnlyList<Incident> Held { get; }

    public (Incident Fault, Incident Surge, Incident FaultDuringEvent, Incident Live) Pick(AttributionModel model)
    {
        var attributor = new Attributor(model, new AttributionPolicyOptions());
        Attribution Offline(Incident incident) => attributor.Attribute(incident, EvidenceQuality.Full).Attribution;

        var fault = First(_faults, i => Offline(i).Class == AttributionClass.Fault, "a fault attributed FAULT offline");
        // Most confident first: the sidecar reads Prometheus at its own step, so a surge barely over the bar
        // offline may fall under it online.
        var confidentSurges = _surges.Where(i => Offline(i) is { Class: AttributionClass.ExpectedLoad } a
                && a.Confidence >= SilenceConfidence && EventOutlastsFrame(i))
            .OrderByDescending(i => Offline(i).Confidence).ToList();
        var live = PickLive(confidentSurges, Offline);
        var surge = First(confidentSurges.Where(i => i.Id != live.Id), _ => true,
            "an announced surge attributed EXPECTED_LOAD ≥ 0.9 offline");
        // The point is the calendar not overriding fault evidence, so the case must read FAULT offline.
        var duringEvent = First(
            _faultsUnderLoad.Where(Announced).Concat(_faults.Where(i => i != fault).Select(WithEventAtOnset)),
            i => Offline(i).Class == AttributionClass.Fault,
            "a fault during a calendar event attributed FAULT offline");
        return (fault, surge, duringEvent, live);
    }

    /// <summary>
    /// The most confident surge that is still a silenceable EXPECTED_LOAD when cut <see cref="LiveSurgeKept"/>
    /// after its onset, and whose alert service has the signals the live fault changes.
    /// </summary>
    private static Incident PickLive(IEnumerable<Incident> confidentSurges, Func<Incident, Attribution> offline) =>
        confidentSurges.Select(Truncated)
            .FirstOrDefault(i => Silenceable(offline(i)) && HasSignals(i))
            ?? throw new InvalidOperationException(
                "No announced surge stays a silenceable EXPECTED_LOAD when cut after its onset.");

    /// <summary>The incident cut <see cref="LiveSurgeKept"/> after its onset.</summary>
    public static Incident Truncated(Incident incident)
    {
        var frame = incident.Frame;
        var end = frame.IndexAt(incident.Onset + LiveSurgeKept);
        return end <= 0 || end >= frame.Length ? incident : incident with { Frame = frame.Slice(0, end + 1) };
    }

    private static bool Silenceable(Attribution attribution) =>
        attribution.Class == AttributionClass.ExpectedLoad && attribution.Confidence >= SilenceConfidence;

    /// <summary>Whether the alert's service has the latency, CPU and request series a fault will change.</summary>
    private static bool HasSignals(Incident incident)
    {
        var root = AlertService(incident);
        return incident.Frame[root, Signal.Latency] is not null
            && incident.Frame[root, Signal.Cpu] is not null
            && incident.Frame[root, Signal.Load] is not null;
    }

    /// <summary>The unscoped service the case's alert names.</summary>
    public static string AlertService(Incident incident) =>
        new ReplayCase(incident, TimeSpan.Zero, "x").Labels["service"][2..];

    private static Incident WithEventAtOnset(Incident fault)
    {
        var announced = new ContextEvent(ContextEventKind.Calendar, "e2e: planned campaign",
            fault.Onset - TimeSpan.FromMinutes(10), fault.Onset + TimeSpan.FromHours(3), [], "e2e",
            ExpectedLoadMultiplier: 2);
        return fault with { Context = fault.Context with { Events = [.. fault.Context.Events, announced] } };
    }

    /// <summary>Whether the announcing event runs long enough after replay's "now" for a silence to last.</summary>
    private static bool EventOutlastsFrame(Incident incident) =>
        incident.Context.Calendar.Any(e => e.Covers(incident.Onset)
            && (e.End is null || e.End.Value - incident.Frame.Timestamps[^1] >= MinEventLeft));

    private static bool Announced(Incident incident) => incident.Context.Calendar.Any(e => e.Covers(incident.Onset));

    private static string Kind(Incident incident) => ReplayCase.KindOf(incident);

    private static List<Incident> Candidates(IReadOnlyList<Incident> all, Func<Incident, bool> role,
        int count = CandidatesPerRole) =>
        all.Where(role)
            .GroupBy(i => i.System, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(i => i.Id, StringComparer.Ordinal).Take(count))
            .ToList();

    private static Incident First(IEnumerable<Incident> candidates, Func<Incident, bool> fits, string wanted) =>
        candidates.FirstOrDefault(fits) ?? throw new InvalidOperationException(
            $"No candidate case fits the role '{wanted}'; widen CasePicker's candidates.");
}
