using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;
using MathNet.Numerics.Distributions;

namespace Caaa.Learning.Synthetic;

/// <summary>
/// Lays a surge over a frame the way real load behaves. The entry services' request rate follows the surge
/// profile and callees follow along the call graph by their traffic share (every service when no graph is
/// known); CPU grows by each service's measured cost per request; latency grows with utilisation like an
/// M/M/1 queue, lat × (1 − ρ) / (1 − ρ′) with ρ taken as <see cref="BaseUtilisation"/> at the service's mean
/// CPU, ρ′ capped at 0.95 and the factor at 10; errors are left as measured. Memory rarely tracks request rate:
/// half the services (drawn per surge) do not respond at all, the others grow by a share of the load increase
/// drawn per service up to <see cref="MaxMemoryShare"/> and lagging it (caches and pools fill slowly). A single
/// memory factor for every service made all memory trends identical, which no real incident shows. Every series
/// keeps the measured samples' own noise: the transforms scale or shift them, never replace them.
/// </summary>
internal static class SurgeTransform
{
    public const double BaseUtilisation = 0.3;
    private const double LoadNoise = 0.02;
    public const double MaxMemoryShare = 0.1;
    private const double MemoryRespondingShare = 0.5;
    private const double MemoryLag = 0.2;
    private const double MaxUtilisation = 0.95;
    private const double MaxLatencyFactor = 10;

    public static MetricFrame Apply(MetricFrame frame, Surge surge, CallGraph graph, CostModel costs, Random random)
    {
        var profile = surge.Profile(frame.Timestamps, random);
        var shares = graph.IsEmpty ? null : graph.TrafficShares();
        var builder = new MetricFrameBuilder(frame.Timestamps);
        foreach (var service in frame.Services)
        {
            var share = shares is null ? 1.0 : shares.GetValueOrDefault(service);
            var factor = profile.Select(m => 1 + ((m - 1) * share)).ToArray();
            ApplyService(builder, frame, service, factor, costs, random);
        }

        return builder.Build();
    }

    private static void ApplyService(MetricFrameBuilder builder, MetricFrame frame, string service, double[] factor,
        CostModel costs, Random random)
    {
        var load = frame[service, Signal.Load];
        var cpu = frame[service, Signal.Cpu];
        var surged = factor.Select(f => f > 1 ? f * (1 + Normal.Sample(random, 0, LoadNoise)) : 1.0).ToArray();
        var newLoad = load?.Select((v, i) => v * surged[i]).ToArray();
        var newCpu = cpu is null ? null : Cpu(cpu, load, newLoad, surged, costs.For(service), costs.LoadDependentShare);

        foreach (var (name, signal, values) in frame.AllSeries().Where(s => s.Service == service))
        {
            builder.Set(name, signal, signal switch
            {
                Signal.Load => newLoad!,
                Signal.Cpu => newCpu!,
                Signal.Memory => Memory(values, surged, random),
                Signal.Latency => Latency(values, cpu, newCpu, surged),
                _ => (double[])values.Clone(),
            });
        }
    }

    /// <summary>Memory × (1 + share × lagged load increase), with a share of 0 or up to MaxMemoryShare.</summary>
    private static double[] Memory(double[] memory, double[] surged, Random random)
    {
        var share = random.NextDouble() < MemoryRespondingShare ? random.NextDouble() * MaxMemoryShare : 0;
        var result = new double[memory.Length];
        var lagged = 0.0;
        for (var i = 0; i < memory.Length; i++)
        {
            lagged += MemoryLag * (surged[i] - 1 - lagged);
            result[i] = memory[i] * (1 + (share * lagged));
        }

        return result;
    }

    private static double[] Cpu(double[] cpu, double[]? load, double[]? newLoad, double[] surged, ServiceCost? cost,
        double loadDependentShare)
    {
        if (cost is not null && load is not null && newLoad is not null)
        {
            return cpu.Select((v, i) => v + (cost.Slope * (newLoad[i] - load[i]))).ToArray();
        }

        return cpu.Select((v, i) => v * (1 + (loadDependentShare * (surged[i] - 1)))).ToArray();
    }

    private static double[] Latency(double[] latency, double[]? cpu, double[]? newCpu, double[] surged)
    {
        var meanCpu = cpu?.Where(double.IsFinite).DefaultIfEmpty(0).Average() ?? 0;
        var result = new double[latency.Length];
        for (var i = 0; i < latency.Length; i++)
        {
            var (before, after) = meanCpu > 0 && cpu is not null && newCpu is not null
                ? (BaseUtilisation * cpu[i] / meanCpu, BaseUtilisation * newCpu[i] / meanCpu)
                : (BaseUtilisation, BaseUtilisation * surged[i]);
            before = Math.Clamp(double.IsFinite(before) ? before : BaseUtilisation, 0, MaxUtilisation);
            after = Math.Clamp(double.IsFinite(after) ? after : before, before, MaxUtilisation);
            result[i] = latency[i] * Math.Clamp((1 - before) / (1 - after), 1, MaxLatencyFactor);
        }

        return result;
    }
}
