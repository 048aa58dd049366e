namespace Caaa.Core.Features;

/// <summary>
/// One series before and after onset: means and variances (NaN when a side has no samples), and medians, which
/// a two-sample baseline or a single spike cannot drag the way it drags a mean.
/// </summary>
internal readonly record struct SeriesShift(
    double BeforeMean,
    double AfterMean,
    double BeforeVariance,
    double AfterVariance,
    double BeforeMedian,
    double AfterMedian)
{
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
