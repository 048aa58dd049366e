using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Benchmarks.Synthetic;

/// <summary>
/// Incidents of a chosen size: every service has all five signals sampled every 15 s, the onset sits at
/// three quarters of the window. A fault raises one service's latency, errors and CPU; a load surge raises
/// every service's request rate and lets CPU and latency follow it. Seeded, so every run sees the same data.
/// </summary>
internal static class SyntheticIncidents
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static Incident Create(int services, int points, bool fault, int seed)
    {
        var random = new Random(seed);
        var timestamps = Enumerable.Range(0, points).Select(i => Origin + (Step * i)).ToArray();
        var onsetIndex = points * 3 / 4;
        var builder = new MetricFrameBuilder(timestamps);
        for (var s = 0; s < services; s++)
        {
            var surge = fault ? 1.0 : 2.5;
            var broken = fault && s == 0;
            AddService(builder, random, ServiceName(s), points, onsetIndex, surge, broken);
        }

        return new Incident(
            $"bench-{services}-{points}-{seed}",
            "bench",
            $"group-{seed}",
            timestamps[onsetIndex],
            builder.Build(),
            IncidentContext.Empty,
            RootService: ServiceName(0));
    }

    public static string ServiceName(int index) => $"svc-{index:D3}";

    private static void AddService(
        MetricFrameBuilder builder,
        Random random,
        string service,
        int points,
        int onsetIndex,
        double surge,
        bool broken)
    {
        var load = new double[points];
        var cpu = new double[points];
        var memory = new double[points];
        var latency = new double[points];
        var errors = new double[points];
        var baseLoad = 50 + (random.NextDouble() * 200);
        var costPerRequest = 0.002 + (random.NextDouble() * 0.004);
        for (var i = 0; i < points; i++)
        {
            var after = i >= onsetIndex;
            var ramp = after ? Math.Min(1, (i - onsetIndex + 1) / 8.0) : 0;
            load[i] = baseLoad * (1 + ((surge - 1) * ramp)) * Noise(random, 0.05);
            cpu[i] = load[i] * costPerRequest * (broken && after ? 2.2 : 1) * Noise(random, 0.04);
            memory[i] = 2e8 * (broken && after ? 1.3 : 1) * Noise(random, 0.01);
            latency[i] = 0.05 * (1 + (0.2 * ramp)) * (broken && after ? 4 : 1) * Noise(random, 0.08);
            errors[i] = (broken && after ? 0.15 : 0.002) * Noise(random, 0.2);
        }

        builder.Set(service, Signal.Load, load).Set(service, Signal.Cpu, cpu).Set(service, Signal.Memory, memory)
            .Set(service, Signal.Latency, latency).Set(service, Signal.Errors, errors);
    }

    private static double Noise(Random random, double spread) => 1 + (spread * ((random.NextDouble() * 2) - 1));
}
