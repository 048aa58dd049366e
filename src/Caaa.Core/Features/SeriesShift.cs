namespace Caaa.Core.Features;

/// <summary>Mean and variance of one series before and after onset (NaN when a side has no samples).</summary>
internal readonly record struct SeriesShift(
    double BeforeMean,
    double AfterMean,
    double BeforeVariance,
    double AfterVariance)
{
    /// <summary>after ÷ before, or NaN unless both means are finite and the baseline is positive.</summary>
    public double Ratio => BeforeMean > 0 && double.IsFinite(AfterMean) ? AfterMean / BeforeMean : double.NaN;

    public double Delta => AfterMean - BeforeMean;
}
