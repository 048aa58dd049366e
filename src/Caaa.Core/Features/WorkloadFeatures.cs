using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>
/// Does the system look loaded (everything rises together, CPU follows requests, errors stay put)
/// or broken (one service moves on its own)? The research plan's six workload features.
/// </summary>
internal static class WorkloadFeatures
{
    /// <summary>Neutral value of a correlation or ratio that cannot be measured.</summary>
    public const double Neutral = 0.5;

    /// <summary>cross_service_sync compares at most this many services (the most changed): it is O(n²).</summary>
    public const int MaximumSyncServices = 20;

    private const double RiseThreshold = 1.1;

    private const double ErrorBaselineFloor = 0.01;

    public static void Write(FeatureInputs inputs, Span<double> into)
    {
        var cpu = Centred(inputs, Signal.Cpu);
        into[0] = GlobalLoadRatio(inputs);
        into[1] = MedianAbsoluteCorrelation(inputs, cpu, Centred(inputs, Signal.Load));
        into[2] = CrossServiceSync(inputs, cpu);
        into[3] = ErrorRateDelta(inputs);
        into[4] = MedianAbsoluteCorrelation(inputs, Centred(inputs, Signal.Latency), cpu);
        into[5] = MemoryTrendUniformity(inputs);
    }

    /// <summary>The share of services whose request rate (CPU where no rate is measured) rose by over 10 %.</summary>
    private static double GlobalLoadRatio(FeatureInputs inputs)
    {
        var (risen, counted) = (0, 0);
        foreach (var service in inputs.Frame.Services)
        {
            var ratio = (inputs.ShiftOf(service, Signal.Load) ?? inputs.ShiftOf(service, Signal.Cpu))?.Ratio;
            if (ratio is { } value && double.IsFinite(value))
            {
                counted++;
                risen += value > RiseThreshold ? 1 : 0;
            }
        }

        return counted == 0 ? Neutral : (double)risen / counted;
    }

    /// <summary>Every series of one signal, by service, ready for correlations (CPU takes part in three).</summary>
    private static Dictionary<string, CentredSeries> Centred(FeatureInputs inputs, Signal signal)
    {
        var centred = new Dictionary<string, CentredSeries>(inputs.Frame.Services.Count, StringComparer.Ordinal);
        foreach (var (service, values) in inputs.Frame.Series(signal))
        {
            centred[service] = new CentredSeries(values);
        }

        return centred;
    }

    private static double MedianAbsoluteCorrelation(
        FeatureInputs inputs,
        Dictionary<string, CentredSeries> first,
        Dictionary<string, CentredSeries> second)
    {
        var correlations = new List<double>(inputs.Frame.Services.Count);
        foreach (var service in inputs.Frame.Services)
        {
            if (first.TryGetValue(service, out var a) && second.TryGetValue(service, out var b))
            {
                correlations.Add(Math.Abs(CentredSeries.Pearson(a, b)));
            }
        }

        return SeriesMath.OrDefault(SeriesMath.Median(correlations), Neutral);
    }

    /// <summary>Mean pairwise CPU correlation among the most changed services (by |z| after onset).</summary>
    private static double CrossServiceSync(FeatureInputs inputs, Dictionary<string, CentredSeries> cpu)
    {
        var series = inputs.Score.Series
            .Where(s => s.Signal == Signal.Cpu)
            .OrderByDescending(s => Math.Abs(s.PeakZ))
            .Take(MaximumSyncServices)
            .Select(s => cpu[s.Service])
            .ToArray();

        var (sum, pairs) = (0.0, 0);
        for (var i = 0; i < series.Length; i++)
        {
            for (var j = i + 1; j < series.Length; j++)
            {
                sum += CentredSeries.Pearson(series[i], series[j]);
                pairs++;
            }
        }

        return pairs == 0 ? Neutral : sum / pairs;
    }

    /// <summary>Mean relative change of the error ratio; a 1 % baseline floor makes 0 → 0.05 read 5, not ∞.</summary>
    private static double ErrorRateDelta(FeatureInputs inputs)
    {
        var deltas = new List<double>();
        foreach (var (_, shift) in inputs.Shifts(Signal.Errors))
        {
            if (double.IsFinite(shift.Delta))
            {
                deltas.Add(Math.Clamp(shift.Delta / Math.Max(shift.BeforeMean, ErrorBaselineFloor), -1, 100));
            }
        }

        return deltas.Count == 0 ? 0 : deltas.Average();
    }

    /// <summary>1 − coefficient of variation of the services' memory slopes (relative to their own mean).</summary>
    private static double MemoryTrendUniformity(FeatureInputs inputs)
    {
        var slopes = new List<double>();
        var axis = SeriesMath.Axis(inputs.Frame.Length);
        foreach (var (_, values) in inputs.Frame.Series(Signal.Memory))
        {
            var (level, variance) = SeriesMath.MeanVariance(values);
            if (variance > 0 && level != 0)
            {
                slopes.Add(SeriesMath.Slope(values, axis) / Math.Abs(level));
            }
        }

        slopes.RemoveAll(s => !double.IsFinite(s));
        var mean = slopes.Count < 2 ? 0 : slopes.Average();
        if (mean == 0)
        {
            return Neutral;
        }

        var spread = Math.Sqrt(slopes.Sum(s => (s - mean) * (s - mean)) / slopes.Count);
        return Math.Max(0, 1 - (spread / Math.Abs(mean)));
    }
}
