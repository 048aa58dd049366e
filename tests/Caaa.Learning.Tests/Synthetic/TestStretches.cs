using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Synthetic;

/// <summary>
/// A hand-made normal stretch at 60 s: frontend calls cart; "batch" is called by nobody. CPU is an idle part
/// plus a known cost per request plus noise, so the measured cost can be checked.
/// </summary>
internal static class TestStretches
{
    public const double FrontendCost = 0.02;
    public const double CartCost = 0.05;

    public static NormalStretch Create(int length = 90, string group = "g-1")
    {
        var random = new Random(7);
        var start = new DateTimeOffset(2024, 11, 29, 8, 0, 0, TimeSpan.Zero);
        var timestamps = Enumerable.Range(0, length).Select(i => start.AddMinutes(i)).ToArray();
        var builder = new MetricFrameBuilder(timestamps);
        AddService(builder, "frontend", 40, FrontendCost, 0.3, random, length);
        AddService(builder, "cart", 25, CartCost, 0.1, random, length);
        AddService(builder, "batch", 5, 0.01, 0.2, random, length);
        var graph = new CallGraph([("frontend", "cart", 1.0)]);
        return new NormalStretch("stretch-1", "online-boutique", group, builder.Build(), graph, TimeSpan.FromMinutes(1));
    }

    private static void AddService(MetricFrameBuilder builder, string service, double meanLoad, double cost,
        double idle, Random random, int length)
    {
        var load = Enumerable.Range(0, length)
            .Select(i => meanLoad * (1 + (0.2 * Math.Sin(i / 7.0))) + random.NextDouble()).ToArray();
        builder.Set(service, Signal.Load, load);
        builder.Set(service, Signal.Cpu, load.Select(l => idle + (cost * l) + (0.01 * random.NextDouble())).ToArray());
        builder.Set(service, Signal.Memory, load.Select(_ => 2e8 + (1e6 * random.NextDouble())).ToArray());
        builder.Set(service, Signal.Latency, load.Select(_ => 0.05 + (0.01 * random.NextDouble())).ToArray());
        builder.Set(service, Signal.Errors, load.Select(_ => 0.002 * random.NextDouble()).ToArray());
    }
}
