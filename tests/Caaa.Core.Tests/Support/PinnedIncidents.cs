using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Core.Tests.Support;

/// <summary>
/// Seeded incidents whose full feature vectors are pinned: a fault, a surge over more services than
/// cross_service_sync compares, a frame with gaps, infinities and unmeasured signals, and an onset outside
/// the frame. Every frame sits on a 15 s grid aligned to the minute, so putting frames on that grid first
/// leaves them as they are.
/// </summary>
internal static class PinnedIncidents
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<string> Names = ["fault", "surge", "gaps", "outside"];

    /// <summary>The cases without gaps: their vectors are also pinned through the whole extractor.</summary>
    public static readonly IReadOnlyList<string> Complete = ["fault", "surge", "outside"];

    public static Incident Create(string name) => name switch
    {
        "fault" => Build(name, services: 8, points: 240, surge: 1, seed: 11),
        "surge" => Build(name, services: 30, points: 240, surge: 2.5, seed: 12, context: SurgeContext()),
        "gaps" => WithGaps(Build(name, services: 12, points: 200, surge: 1, seed: 13), seed: 14),
        "outside" => Build(name, services: 6, points: 120, surge: 1.8, seed: 15, onset: Origin.AddHours(2)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a pinned incident."),
    };

    private static Incident Build(
        string name,
        int services,
        int points,
        double surge,
        int seed,
        IncidentContext? context = null,
        DateTimeOffset? onset = null)
    {
        var random = new Random(seed);
        var timestamps = Enumerable.Range(0, points).Select(i => Origin + (Step * i)).ToArray();
        var onsetIndex = points * 3 / 4;
        var builder = new MetricFrameBuilder(timestamps);
        for (var s = 0; s < services; s++)
        {
            AddService(builder, random, ServiceName(s), points, onsetIndex, surge, broken: surge == 1 && s == 0);
        }

        return new Incident(
            name, "pinned", $"group-{name}", onset ?? timestamps[onsetIndex], builder.Build(),
            context ?? IncidentContext.Empty);
    }

    private static void AddService(
        MetricFrameBuilder builder,
        Random random,
        string service,
        int points,
        int onsetIndex,
        double surge,
        bool broken)
    {
        var (load, cpu, memory, latency, errors) =
            (new double[points], new double[points], new double[points], new double[points], new double[points]);
        var baseLoad = 20 + (random.NextDouble() * 300);
        var cost = 0.001 + (random.NextDouble() * 0.005);
        var leak = random.NextDouble() * 2e5;
        for (var i = 0; i < points; i++)
        {
            var after = i >= onsetIndex;
            var ramp = after ? Math.Min(1, (i - onsetIndex + 1) / 6.0) : 0;
            load[i] = baseLoad * (1 + ((surge - 1) * ramp)) * Noise(random, 0.06);
            cpu[i] = load[i] * cost * (broken && after ? 2.5 : 1) * Noise(random, 0.05);
            memory[i] = (2e8 + (leak * i)) * (broken && after ? 1.2 : 1) * Noise(random, 0.01);
            latency[i] = 0.04 * (1 + (0.3 * ramp)) * (broken && after ? 3 : 1) * Noise(random, 0.1);
            errors[i] = (broken && after ? 0.12 : 0.003) * Noise(random, 0.3);
        }

        builder.Set(service, Signal.Load, load).Set(service, Signal.Cpu, cpu).Set(service, Signal.Memory, memory)
            .Set(service, Signal.Latency, latency).Set(service, Signal.Errors, errors);
    }

    /// <summary>About 5 % NaN gaps and a few infinities; one service without requests, one without memory.</summary>
    private static Incident WithGaps(Incident incident, int seed)
    {
        var random = new Random(seed);
        var frame = incident.Frame;
        var builder = new MetricFrameBuilder(frame.Timestamps);
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            if ((service, signal) is ("svc-03", Signal.Load) or ("svc-05", Signal.Memory))
            {
                continue;
            }

            var copy = values.ToArray();
            for (var i = 0; i < copy.Length; i++)
            {
                var draw = random.NextDouble();
                copy[i] = draw < 0.05 ? double.NaN : draw < 0.055 ? double.PositiveInfinity : copy[i];
            }

            builder.Set(service, signal, service == "svc-07" && signal == Signal.Errors ? new double[copy.Length] : copy);
        }

        return incident with { Frame = builder.Build() };
    }

    private static IncidentContext SurgeContext()
    {
        var onset = Origin + (Step * 180);
        return new IncidentContext(
        [
            new(ContextEventKind.Calendar, "spring sale", onset.AddHours(-1), onset.AddHours(3), [], "pinned", 2.5),
            new(ContextEventKind.Deployment, "svc-04 v2", onset.AddMinutes(-7), null, ["svc-04"], "pinned"),
        ]);
    }

    private static string ServiceName(int index) => $"svc-{index:D2}";

    private static double Noise(Random random, double spread) => 1 + (spread * ((random.NextDouble() * 2) - 1));
}
