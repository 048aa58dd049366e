using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>
/// CAAA's own features: the physical facts that separate load from a fault. Load rises at the
/// entry; CPU per request stays put under load and climbs in a CPU fault; errors and latency say
/// how badly the worst service fares.
/// </summary>
internal static class AdditionalFeatures
{
    /// <summary>load_ratio sums the request rate of this many most loaded services (stand-in for the entry).</summary>
    public const int EntryServices = 3;

    private const double MaximumRatio = 1000;

    public static void Write(FeatureInputs inputs, Span<double> into)
    {
        into[0] = LoadRatio(inputs);
        into[1] = MaximumOrDefault(inputs.Frame.Services.Select(s => CostPerRequestChange(inputs, s)), 1);
        into[2] = MaximumOrDefault(inputs.Shifts(Signal.Errors).Select(s => s.Shift.Delta), 0);
        into[3] = MaximumOrDefault(inputs.Shifts(Signal.Latency).Select(s => s.Shift.Ratio), 1);
        into[4] = inputs.Score.Max;
    }

    /// <summary>After ÷ before of the summed request rate of the most loaded services before onset.</summary>
    private static double LoadRatio(FeatureInputs inputs)
    {
        var entry = inputs.Shifts(Signal.Load)
            .Select(s => s.Shift)
            .Where(s => s.BeforeMean > 0 && double.IsFinite(s.AfterMean))
            .OrderByDescending(s => s.BeforeMean)
            .Take(EntryServices)
            .ToArray();

        return entry.Length == 0
            ? 1
            : Math.Clamp(entry.Sum(s => s.AfterMean) / entry.Sum(s => s.BeforeMean), 0, MaximumRatio);
    }

    /// <summary>(CPU ÷ requests after) ÷ (CPU ÷ requests before) for one service; NaN when unmeasurable.</summary>
    private static double CostPerRequestChange(FeatureInputs inputs, string service)
    {
        if (inputs.ShiftOf(service, Signal.Cpu) is not { } cpu || inputs.ShiftOf(service, Signal.Load) is not { } load)
        {
            return double.NaN;
        }

        var measurable = cpu.BeforeMean > 0 && load.BeforeMean > 0 && load.AfterMean > 0;
        return measurable ? cpu.AfterMean / load.AfterMean / (cpu.BeforeMean / load.BeforeMean) : double.NaN;
    }

    /// <summary>The worst service decides: a fault in one of fifty services must not be averaged away.</summary>
    private static double MaximumOrDefault(IEnumerable<double> values, double fallback)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? fallback : Math.Clamp(finite.Max(), -MaximumRatio, MaximumRatio);
    }
}
