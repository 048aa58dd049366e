using System.Buffers;
using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace Caaa.Core.Features;

/// <summary>NaN-aware statistics on sample ranges; a NaN sample is a gap and never counts.</summary>
internal static class SeriesMath
{
    /// <summary>Pearson needs at least this many pairwise-complete samples to mean anything.</summary>
    public const int MinimumPairs = 3;

    /// <summary>Up to this many samples (8 KiB) select on the stack, more in a pooled array.</summary>
    private const int StackBufferLength = 1024;

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
    public static double Variance(ReadOnlySpan<double> values) => MeanVariance(values).Variance;

    /// <summary>Mean and sample variance (two passes), skipping gaps.</summary>
    public static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> values)
    {
        var mean = Mean(values);
        var (squares, count) = (0.0, 0);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                squares += (value - mean) * (value - mean);
                count++;
            }
        }

        return (mean, count < 2 ? double.NaN : squares / (count - 1));
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
    /// Pearson correlation over the pairwise-complete samples; 0 when it is undefined (too few pairs,
    /// or one side constant). Equal to MathNet's Correlation.Pearson on the complete pairs (a test
    /// holds it to that), but gap-aware without copying and about three times faster: that one walks
    /// IEnumerable, and cross_service_sync needs up to 190 correlations per incident.
    /// </summary>
    public static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (meanA, meanB, count) = (0.0, 0.0, 0);
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsFinite(a[i]) && double.IsFinite(b[i]))
            {
                (meanA, meanB, count) = (meanA + a[i], meanB + b[i], count + 1);
            }
        }

        if (count < MinimumPairs)
        {
            return 0;
        }

        (meanA, meanB) = (meanA / count, meanB / count);
        var (ab, aa, bb) = (0.0, 0.0, 0.0);
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsFinite(a[i]) && double.IsFinite(b[i]))
            {
                var (da, db) = (a[i] - meanA, b[i] - meanB);
                (ab, aa, bb) = (ab + (da * db), aa + (da * da), bb + (db * db));
            }
        }

        var r = ab / Math.Sqrt(aa * bb);
        return aa > 0 && bb > 0 && double.IsFinite(r) ? Math.Clamp(r, -1, 1) : 0;
    }

    /// <summary>The least-squares slope per sample over the finite samples; NaN when undefined.</summary>
    /// <param name="axis">0, 1, 2, … at least as long as <paramref name="values"/>; shared to save allocations.</param>
    public static double Slope(double[] values, double[] axis)
    {
        var count = CountFinite(values);
        if (count < MinimumPairs)
        {
            return double.NaN;
        }

        if (count == values.Length)
        {
            return Fit.Line(axis.Length == count ? axis : axis[..count], values).B;
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

    public static double[] Axis(int length) => Enumerable.Range(0, length).Select(i => (double)i).ToArray();

    public static double Median(List<double> values)
    {
        return values.Count == 0 ? double.NaN : values.Median();
    }

    /// <summary>The median of the finite samples, or NaN when there are none.</summary>
    /// <remarks>
    /// Taken twice per series and incident, so it selects in a stack (or pooled) buffer rather than building a
    /// list and an array per call. The order statistics, hence the median, are exactly MathNet's <c>Median()</c>.
    /// </remarks>
    public static double FiniteMedian(ReadOnlySpan<double> values)
    {
        double[]? rented = null;
        Span<double> buffer = values.Length <= StackBufferLength
            ? stackalloc double[values.Length]
            : rented = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var count = 0;
            foreach (var value in values)
            {
                if (double.IsFinite(value))
                {
                    buffer[count++] = value;
                }
            }

            return count == 0 ? double.NaN : MedianInPlace(buffer[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The median of a non-empty span of finite values; reorders the span.</summary>
    public static double MedianInPlace(Span<double> values)
    {
        var middle = values.Length / 2;
        var upper = SelectInPlace(values, middle);
        if (values.Length % 2 == 1)
        {
            return upper;
        }

        // Selection leaves the smaller half before the rank: the lower middle value is its largest.
        var lower = values[0];
        foreach (var value in values[..middle])
        {
            lower = value > lower ? value : lower;
        }

        return (lower + upper) / 2.0;
    }

    /// <summary>
    /// The value of the given rank (0 = smallest) among finite values, by quickselect with a median-of-three
    /// pivot; afterwards no value before the rank is larger and none after it smaller. The partitions have no
    /// branch per sample: on noisy samples such a branch is mispredicted half the time, which made the classic
    /// (MathNet) selection the largest single cost of feature extraction.
    /// </summary>
    public static double SelectInPlace(Span<double> values, int rank)
    {
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            var pivot = MedianOfThree(values[low], values[(low + high) >>> 1], values[high]);
            var equal = MoveBelow(values, low, high + 1, pivot);
            if (rank < equal)
            {
                high = equal - 1;
                continue;
            }

            // [equal, high] holds no value below the pivot, and the pivot itself: split off its copies.
            var above = MoveNotAbove(values, equal, high + 1, pivot);
            if (rank < above)
            {
                break;
            }

            low = above;
        }

        return values[rank];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    /// <summary>Moves the values of [from, to) below the pivot to its front; returns where the others begin.</summary>
    private static int MoveBelow(Span<double> values, int from, int to, double pivot)
    {
        var store = from;
        for (var i = from; i < to; i++)
        {
            var value = values[i];
            values[i] = values[store];
            values[store] = value;
            store += value < pivot ? 1 : 0;
        }

        return store;
    }

    /// <summary>Moves the values of [from, to) up to the pivot to its front; returns where the others begin.</summary>
    private static int MoveNotAbove(Span<double> values, int from, int to, double pivot)
    {
        var store = from;
        for (var i = from; i < to; i++)
        {
            var value = values[i];
            values[i] = values[store];
            values[store] = value;
            store += value > pivot ? 0 : 1;
        }

        return store;
    }

    /// <summary>A finite value or the fallback: every feature leaves the extractor finite.</summary>
    public static double OrDefault(double value, double fallback) => double.IsFinite(value) ? value : fallback;
}
