namespace Caaa.Core.Features;

/// <summary>
/// One series before and after onset: means and variances (NaN when a side has no samples), and medians, which
/// a two-sample baseline or a single spike cannot drag the way it drags a mean. A median is taken when first
/// read: selection is the dearest statistic here, and no feature reads the medians of every signal.
/// </summary>
internal sealed class SeriesShift(
    double beforeMean,
    double afterMean,
    double beforeVariance,
    double afterVariance,
    double[] values,
    int split)
{
    private double? _beforeMedian;
    private double? _afterMedian;

    public double BeforeMean { get; } = beforeMean;

    public double AfterMean { get; } = afterMean;

    public double BeforeVariance { get; } = beforeVariance;

    public double AfterVariance { get; } = afterVariance;

    public double BeforeMedian => _beforeMedian ??= SeriesMath.FiniteMedian(values.AsSpan(0, split));

    public double AfterMedian => _afterMedian ??= SeriesMath.FiniteMedian(values.AsSpan(split));

    /// <summary>after ÷ before, or NaN unless both means are finite and the baseline is positive.</summary>
    public double Ratio => BeforeMean > 0 && double.IsFinite(AfterMean) ? AfterMean / BeforeMean : double.NaN;

    public double Delta => AfterMean - BeforeMean;

    /// <summary>
    /// after ÷ before of the medians, the baseline raised to <paramref name="floor"/>; NaN if unmeasured.
    /// </summary>
    public double MedianRatio(double floor) =>
        double.IsFinite(BeforeMedian) && double.IsFinite(AfterMedian) && Math.Max(BeforeMedian, floor) > 0
            ? AfterMedian / Math.Max(BeforeMedian, floor)
            : double.NaN;
}
