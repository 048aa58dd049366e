using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>
/// CAAA's own features: the physical facts that separate load from a fault. Load rises at the entry and no
/// service loses requests; CPU per request stays put under load and climbs in a CPU fault; a service whose CPU
/// or latency rose more than the requests explain is the fault's fingerprint. Ratios are of medians before and
/// after onset (Nezha baselines can be two samples long), with each baseline raised to at least
/// <see cref="NegligibleShare"/> of the busiest service's baseline of that signal: a nearly idle service's
/// ratio is noise unless it moved by a share of what the busiest one does (a CPU fault in an idle service does).
/// </summary>
internal static class AdditionalFeatures
{
    public const int Count = 8;

    /// <summary>load_ratio sums the request rate of this many most loaded services (stand-in for the entry).</summary>
    public const int EntryServices = 3;

    /// <summary>Baselines are raised to this share of the busiest service's baseline of the same signal.</summary>
    public const double NegligibleShare = 0.01;

    /// <summary>Latency baselines below 1 ms are raised to it, as in the detector.</summary>
    public const double LatencyFloor = 0.001;

    private const double MaximumRatio = 1000;

    public static void Write(FeatureInputs inputs, Span<double> into)
    {
        var levels = new NegligibleLevels(NegligibleLevel(inputs, Signal.Cpu), NegligibleLevel(inputs, Signal.Load));
        var loadRatio = LoadRatio(inputs);
        into[0] = loadRatio;
        into[1] = MaximumOrDefault(inputs.Frame.Services.Select(s => CostPerRequestChange(inputs, levels, s)), 1);
        into[2] = MaximumOrDefault(inputs.Shifts(Signal.Errors).Select(s => s.Shift.Delta), 0);
        into[3] = MaximumOrDefault(inputs.Shifts(Signal.Latency).Select(s => s.Shift.MedianRatio(LatencyFloor)), 1);
        into[4] = inputs.Score.Max;
        into[5] = CpuRiseUnexplained(inputs, levels.Cpu, loadRatio);
        into[6] = LatencyRiseUnexplained(inputs, levels.Cpu, loadRatio);
        into[7] = MinimumOrDefault(Significant(inputs, Signal.Load, levels.Load)
            .Select(s => inputs.ShiftOf(s, Signal.Load)!.MedianRatio(0)), 1);
    }

    /// <summary>After ÷ before of the summed median request rate of the most loaded services before onset.</summary>
    private static double LoadRatio(FeatureInputs inputs)
    {
        var entry = inputs.Shifts(Signal.Load)
            .Select(s => s.Shift)
            .Where(s => s.BeforeMedian > 0 && double.IsFinite(s.AfterMedian))
            .OrderByDescending(s => s.BeforeMedian)
            .Take(EntryServices)
            .ToArray();

        return entry.Length == 0
            ? 1
            : Math.Clamp(entry.Sum(s => s.AfterMedian) / entry.Sum(s => s.BeforeMedian), 0, MaximumRatio);
    }

    /// <summary>(CPU ÷ requests after) ÷ (CPU ÷ requests before) for one service; NaN when unmeasurable.</summary>
    private static double CostPerRequestChange(FeatureInputs inputs, NegligibleLevels levels, string service) =>
        inputs.ShiftOf(service, Signal.Load) is { BeforeMedian: var requests } && requests >= levels.Load
            ? FlooredRatio(inputs, service, Signal.Cpu, levels.Cpu) / FlooredRatio(inputs, service, Signal.Load, levels.Load)
            : double.NaN;

    /// <summary>
    /// The largest CPU rise of any service beyond what the entry request rate explains: CPU after ÷ before
    /// divided by max(1, load_ratio). Under load no service's CPU outgrows the requests (part of CPU is idle);
    /// a CPU fault raises one service's CPU with no more requests.
    /// </summary>
    private static double CpuRiseUnexplained(FeatureInputs inputs, double cpuLevel, double loadRatio) =>
        MaximumOrDefault(inputs.Frame.Services
            .Select(s => FlooredRatio(inputs, s, Signal.Cpu, cpuLevel) / Math.Max(1, loadRatio)), 1);

    /// <summary>
    /// The largest latency rise of any service beyond its own CPU rise (the entry request rate where the
    /// service's CPU is not measured): latency ÷ max(1, CPU ratio). Queueing under load comes with busier CPU;
    /// a slow dependency, a network delay or a lock makes a service slow without making it busy.
    /// </summary>
    private static double LatencyRiseUnexplained(FeatureInputs inputs, double cpuLevel, double loadRatio)
    {
        var rises = new List<double>();
        foreach (var (service, latency) in inputs.Shifts(Signal.Latency))
        {
            var cpu = FlooredRatio(inputs, service, Signal.Cpu, cpuLevel);
            var explained = Math.Max(1, double.IsFinite(cpu) ? cpu : loadRatio);
            rises.Add(latency.MedianRatio(LatencyFloor) / explained);
        }

        return MaximumOrDefault(rises, 1);
    }

    /// <summary>Median after ÷ median before, the baseline raised to the negligible level; NaN if unmeasured.</summary>
    private static double FlooredRatio(FeatureInputs inputs, string service, Signal signal, double negligible) =>
        inputs.ShiftOf(service, signal) is { } shift ? shift.MedianRatio(negligible) : double.NaN;

    private static double NegligibleLevel(FeatureInputs inputs, Signal signal) =>
        NegligibleShare * inputs.Shifts(signal)
            .Select(s => s.Shift.BeforeMedian)
            .Where(double.IsFinite)
            .DefaultIfEmpty(0)
            .Max();

    private static IEnumerable<string> Significant(FeatureInputs inputs, Signal signal, double negligible) =>
        inputs.Frame.Services.Where(s => inputs.ShiftOf(s, signal) is { BeforeMedian: > 0 and var level }
            && level >= negligible);

    /// <summary>The worst service decides: a fault in one of fifty services must not be averaged away.</summary>
    private static double MaximumOrDefault(IEnumerable<double> values, double fallback)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? fallback : Math.Clamp(finite.Max(), -MaximumRatio, MaximumRatio);
    }

    private static double MinimumOrDefault(IEnumerable<double> values, double fallback)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? fallback : Math.Clamp(finite.Min(), 0, MaximumRatio);
    }
}
