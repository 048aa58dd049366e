using Caaa.Core.Detection;
using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>
/// How the anomaly showed itself: sudden or gradual, short or lasting, spreading or simultaneous,
/// recovering or not, local or global. Reads the z-score detector's anomalous series (baseline =
/// before onset), which is sounder than the research plan's whole-window z-scores.
/// </summary>
internal static class BehaviouralFeatures
{
    /// <summary>Samples (5 minutes) either side of the first anomalous sample searched for the steepest step.</summary>
    private static readonly int OnsetLookback = Samples(TimeSpan.FromMinutes(5));

    /// <summary>The tail (10 minutes) of the after-part compared with the peak for recovery.</summary>
    private static readonly int RecoveryTail = Samples(TimeSpan.FromMinutes(10));

    /// <summary>variance_change_ratio when no series has a usable baseline: "variance unchanged".</summary>
    public static readonly double UnchangedVariance = Math.Log(2) / 3;

    public static void Write(FeatureInputs inputs, Span<double> into)
    {
        var anomalous = inputs.Score.Anomalous.ToArray();
        into[0] = OnsetGradient(inputs, anomalous);
        into[1] = PeakDuration(inputs, anomalous);
        into[2] = CascadeScore(inputs, anomalous);
        into[3] = RecoveryIndicator(inputs, anomalous);
        into[4] = AffectedServiceRatio(inputs, anomalous);
        into[5] = VarianceChangeRatio(inputs);
    }

    /// <summary>
    /// Steepest single step within 5 minutes of the first anomaly ÷ the whole departure (baseline to the
    /// furthest sample after onset): 1 = everything happened in one jump, near 0 = a slow ramp.
    /// </summary>
    private static double OnsetGradient(FeatureInputs inputs, SeriesScore[] anomalous)
    {
        var gradients = new List<double>();
        foreach (var score in anomalous)
        {
            var values = inputs.Frame[score.Service, score.Signal]!;
            var from = Math.Max(1, score.FirstAnomaly - OnsetLookback + 1);
            var to = Math.Min(values.Length - 1, score.FirstAnomaly + OnsetLookback);
            var steepest = 0.0;
            for (var i = from; i <= to; i++)
            {
                var step = Math.Abs(values[i] - values[i - 1]);
                steepest = double.IsFinite(step) ? Math.Max(steepest, step) : steepest;
            }

            var furthest = FurthestFrom(inputs.Window.After(values), score.BaselineMean);
            var departure = Math.Abs(furthest - score.BaselineMean);
            gradients.Add(departure > 0 ? Math.Min(1, steepest / departure) : 0);
        }

        return gradients.Count == 0 ? WorkloadFeatures.Neutral : gradients.Average();
    }

    /// <summary>The span from first to last anomalous sample as a share of the after-part.</summary>
    private static double PeakDuration(FeatureInputs inputs, SeriesScore[] anomalous) =>
        anomalous.Length == 0
            ? 0
            : anomalous.Average(s => (s.LastAnomaly - s.FirstAnomaly + 1) / (double)inputs.Window.AfterLength);

    /// <summary>Spread of the series' first anomalies (×10, capped at 1): 0 = all at once.</summary>
    private static double CascadeScore(FeatureInputs inputs, SeriesScore[] anomalous)
    {
        if (anomalous.Length < 2)
        {
            return 0;
        }

        var mean = anomalous.Average(s => (double)s.FirstAnomaly);
        var spread = Math.Sqrt(anomalous.Average(s => (s.FirstAnomaly - mean) * (s.FirstAnomaly - mean)));
        return Math.Min(1, 10 * spread / inputs.Window.AfterLength);
    }

    /// <summary>How far each anomalous series came back from its peak towards its baseline by the end.</summary>
    private static double RecoveryIndicator(FeatureInputs inputs, SeriesScore[] anomalous)
    {
        var recoveries = new List<double>();
        foreach (var score in anomalous)
        {
            var after = inputs.Window.After(inputs.Frame[score.Service, score.Signal]!);
            var peak = FurthestFrom(after, score.BaselineMean);
            var end = SeriesMath.Mean(after[Math.Max(0, after.Length - RecoveryTail)..]);
            var recovery = (peak - end) / (peak - score.BaselineMean);
            recoveries.Add(double.IsFinite(recovery) ? Math.Clamp(recovery, 0, 1) : 0);
        }

        return recoveries.Count == 0 ? WorkloadFeatures.Neutral : recoveries.Average();
    }

    /// <summary>How many samples of the analysis grid <paramref name="span"/> holds.</summary>
    private static int Samples(TimeSpan span) => (int)(span / FrameStep.Analysis);

    private static double FurthestFrom(ReadOnlySpan<double> values, double baseline)
    {
        var furthest = baseline;
        foreach (var value in values)
        {
            furthest = Math.Abs(value - baseline) > Math.Abs(furthest - baseline) ? value : furthest;
        }

        return furthest;
    }

    private static double AffectedServiceRatio(FeatureInputs inputs, SeriesScore[] anomalous)
    {
        var services = inputs.Frame.Services.Count;
        var affected = anomalous.Select(s => s.Service).Distinct(StringComparer.Ordinal).Count();
        return services == 0 ? 0 : (double)affected / services;
    }

    /// <summary>log1p(mean after/before variance ratio) ÷ 3, capped at 1, as in the research plan.</summary>
    private static double VarianceChangeRatio(FeatureInputs inputs)
    {
        var ratios = new List<double>();
        foreach (var shift in inputs.AllShifts)
        {
            if (shift.BeforeVariance > 0 && double.IsFinite(shift.AfterVariance))
            {
                ratios.Add(Math.Min(shift.AfterVariance / shift.BeforeVariance, 1e6));
            }
        }

        return ratios.Count == 0 ? UnchangedVariance : Math.Min(1, Math.Log(1 + ratios.Average()) / 3);
    }
}
