using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace Caaa.Core.Features;

/// <summary>NaN-aware statistics on sample ranges; a NaN sample is a gap and never counts.</summary>
internal static class SeriesMath
{
    /// <summary>Pearson needs at least this many pairwise-complete samples to mean anything.</summary>
    private const int MinimumPairs = 3;

    public static double Mean(ReadOnlySpan<double> values)
    {
        var (sum, count) = (0.0, 0);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                sum += value;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>The sample variance (n − 1), or NaN with fewer than two samples.</summary>
    public static double Variance(ReadOnlySpan<double> values)
    {
        var mean = Mean(values);
        var (sum, count) = (0.0, 0);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                sum += (value - mean) * (value - mean);
                count++;
            }
        }

        return count < 2 ? double.NaN : sum / (count - 1);
    }

    public static int CountFinite(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            count += double.IsFinite(value) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Pearson correlation over the pairwise-complete samples; 0 when it is undefined
    /// (too few pairs, or one side constant).
    /// </summary>
    public static double Pearson(double[] a, double[] b)
    {
        var (x, y) = PairwiseComplete(a, b);
        if (x.Length < MinimumPairs || IsConstant(x) || IsConstant(y))
        {
            return 0;
        }

        var r = Correlation.Pearson(x, y);
        return double.IsFinite(r) ? Math.Clamp(r, -1, 1) : 0;
    }

    /// <summary>The least-squares slope per sample over the finite samples; NaN when undefined.</summary>
    public static double Slope(double[] values)
    {
        var count = CountFinite(values);
        if (count < MinimumPairs)
        {
            return double.NaN;
        }

        var (x, y) = (new double[count], new double[count]);
        for (int i = 0, k = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]))
            {
                (x[k], y[k]) = (i, values[i]);
                k++;
            }
        }

        return Fit.Line(x, y).B;
    }

    public static double Median(List<double> values)
    {
        return values.Count == 0 ? double.NaN : values.Median();
    }

    /// <summary>A finite value or the fallback: every feature leaves the extractor finite.</summary>
    public static double OrDefault(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    private static (double[] X, double[] Y) PairwiseComplete(double[] a, double[] b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += double.IsFinite(a[i]) && double.IsFinite(b[i]) ? 1 : 0;
        }

        if (count == a.Length)
        {
            return (a, b);
        }

        var (x, y) = (new double[count], new double[count]);
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (double.IsFinite(a[i]) && double.IsFinite(b[i]))
            {
                (x[k], y[k]) = (a[i], b[i]);
                k++;
            }
        }

        return (x, y);
    }

    private static bool IsConstant(double[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
