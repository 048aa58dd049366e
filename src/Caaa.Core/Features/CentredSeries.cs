namespace Caaa.Core.Features;

/// <summary>
/// A series prepared once for many Pearson correlations: when it has no gaps, its mean and sum of squared
/// deviations are taken here, and a correlation with another complete series is then one pass (the dot
/// product of the deviations) instead of two passes that re-derive both means. Series with gaps correlate
/// over the pairwise-complete samples, whose means depend on the pair, so they fall back to
/// <see cref="SeriesMath.Pearson"/>. The fast path adds in the same order, so it gives the same value.
/// </summary>
internal sealed class CentredSeries
{
    public CentredSeries(double[] values)
    {
        Values = values;
        var (sum, complete) = (0.0, values.Length >= SeriesMath.MinimumPairs);
        foreach (var value in values)
        {
            sum += value;
            complete &= double.IsFinite(value);
        }

        if (!complete)
        {
            return;
        }

        // Locals, not the properties, inside the loops: the JIT keeps them in registers.
        var (mean, squares) = (sum / values.Length, 0.0);
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        (Mean, SumOfSquares, Complete) = (mean, squares, true);
    }

    public double[] Values { get; }

    /// <summary>Every sample is finite and there are enough of them for a correlation.</summary>
    public bool Complete { get; }

    public double Mean { get; }

    public double SumOfSquares { get; }

    /// <summary>Pearson correlation as <see cref="SeriesMath.Pearson"/> defines it (0 when undefined).</summary>
    public static double Pearson(CentredSeries a, CentredSeries b)
    {
        if (!a.Complete || !b.Complete || a.Values.Length != b.Values.Length)
        {
            return SeriesMath.Pearson(a.Values, b.Values);
        }

        var (x, y, meanX, meanY, product) = (a.Values, b.Values, a.Mean, b.Mean, 0.0);
        for (var i = 0; i < x.Length; i++)
        {
            product += (x[i] - meanX) * (y[i] - meanY);
        }

        var r = product / Math.Sqrt(a.SumOfSquares * b.SumOfSquares);
        return a.SumOfSquares > 0 && b.SumOfSquares > 0 && double.IsFinite(r) ? Math.Clamp(r, -1, 1) : 0;
    }
}
