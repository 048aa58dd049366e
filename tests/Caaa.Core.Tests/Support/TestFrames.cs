using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Core.Tests.Support;

/// <summary>Hand-built frames with known answers: 240 one-minute samples, onset at sample 120.</summary>
internal static class TestFrames
{
    public const int Length = 240;
    public const int OnsetIndex = 120;

    public static readonly DateTimeOffset Start = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Onset => Start.AddMinutes(OnsetIndex);

    public static DateTimeOffset[] Axis(int length = Length) =>
        Enumerable.Range(0, length).Select(i => Start.AddMinutes(i)).ToArray();

    /// <summary>
    /// Services with request rate, CPU = cost × rate, memory, latency and errors. After onset the
    /// request rate of every service is multiplied by <paramref name="loadMultiplier"/>; the services in
    /// <paramref name="cpuFaults"/> burn <paramref name="cpuFaultFactor"/> times more CPU per request.
    /// </summary>
    public static MetricFrame Build(
        int services,
        double loadMultiplier = 1,
        IReadOnlyCollection<string>? cpuFaults = null,
        double cpuFaultFactor = 5,
        double errorAfter = 0.001,
        int seed = 1,
        int rampSamples = 1)
    {
        var random = new Random(seed);
        var builder = new MetricFrameBuilder(Axis());
        for (var s = 0; s < services; s++)
        {
            var name = ServiceName(s);
            var baseRate = 50 + (10 * s);
            var cost = 0.002 * (1 + (s % 3));
            var fault = cpuFaults?.Contains(name) == true ? cpuFaultFactor : 1;
            var load = Series(random, i => baseRate * Level(i, loadMultiplier, rampSamples), 0.02);
            var cpu = load.Select((r, i) => r * cost * Level(i, fault, 1) * Noise(random, 0.02)).ToArray();
            builder.Set(name, Signal.Load, load)
                .Set(name, Signal.Cpu, cpu)
                .Set(name, Signal.Memory, Series(random, i => 200e6 + (1e4 * i), 0.01))
                .Set(name, Signal.Latency, Series(random, i => 0.05 * Level(i, fault, 1), 0.05))
                .Set(name, Signal.Errors, Series(random, i => i < OnsetIndex ? 0.001 : errorAfter, 0.1));
        }

        return builder.Build();
    }

    public static Incident Incident(
        MetricFrame frame,
        IncidentContext? context = null,
        DateTimeOffset? onset = null) =>
        new("case-1", "test", "group-1", onset ?? Onset, frame, context ?? IncidentContext.Empty);

    public static string ServiceName(int index) => $"service{index:00}";

    public static ContextEvent Calendar(
        string name,
        double? multiplier = null,
        params string[] services) =>
        new(ContextEventKind.Calendar, name, Onset.AddHours(-1), Onset.AddHours(2), services, "test-calendar", multiplier);

    public static ContextEvent Deployment(string name, TimeSpan beforeOnset, params string[] services) =>
        new(ContextEventKind.Deployment, name, Onset - beforeOnset, null, services, "test-pipeline");

    private static double Level(int index, double multiplier, int rampSamples)
    {
        var progress = Math.Clamp((index - OnsetIndex + 1) / (double)rampSamples, 0, 1);
        return 1 + ((multiplier - 1) * progress);
    }

    private static double[] Series(Random random, Func<int, double> level, double relativeNoise) =>
        Enumerable.Range(0, Length).Select(i => level(i) * Noise(random, relativeNoise)).ToArray();

    private static double Noise(Random random, double relative) => 1 + (relative * ((2 * random.NextDouble()) - 1));
}
