using Caaa.Core.Features;
using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace Caaa.Core.Tests.Features;

public sealed class SeriesMathTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.1)]
    [InlineData(3, 0.4)]
    public void Pearson_WithGaps_EqualsMathNetOnCompletePairs(int seed, double gapShare)
    {
        var random = new Random(seed);
        var a = Series(random, gapShare, i => i + (50 * random.NextDouble()));
        var b = Series(random, gapShare, i => (2 * i) + (300 * random.NextDouble()));
        var complete = Enumerable.Range(0, 240).Where(i => !double.IsNaN(a[i]) && !double.IsNaN(b[i])).ToArray();

        var actual = SeriesMath.Pearson(a, b);

        var expected = Correlation.Pearson(complete.Select(i => a[i]), complete.Select(i => b[i]));
        Assert.Equal(expected, actual, 10);
    }

    [Fact]
    public void Pearson_ConstantSide_IsZero()
    {
        var actual = SeriesMath.Pearson([1, 1, 1, 1], [1, 2, 3, 4]);

        Assert.Equal(0, actual);
    }

    [Fact]
    public void Slope_WithGaps_EqualsLineFitOverSampleIndex()
    {
        double[] values = [1, double.NaN, 5, 7, double.NaN, 11];

        var slope = SeriesMath.Slope(values, SeriesMath.Axis(values.Length));

        Assert.Equal(Fit.Line([0, 2, 3, 5], [1, 5, 7, 11]).B, slope, 10);
    }

    [Fact]
    public void MeanVariance_SkipsGapsAndInfinities()
    {
        double[] values = [2, double.NaN, 4, double.PositiveInfinity, 6];

        var (mean, variance) = SeriesMath.MeanVariance(values);

        Assert.Equal(4, mean, 10);
        Assert.Equal(new[] { 2.0, 4, 6 }.Variance(), variance, 10);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 7)]
    [InlineData(4, 60)]
    [InlineData(5, 180)]
    [InlineData(6, 1500)]
    public void FiniteMedian_NoisyDuplicatedSortedAndConstant_EqualsMathNetMedian(int seed, int length)
    {
        var random = new Random(seed);
        double[][] shapes =
        [
            [.. Enumerable.Range(0, length).Select(_ => random.NextDouble())],
            [.. Enumerable.Range(0, length).Select(_ => (double)random.Next(3))],
            [.. Enumerable.Range(0, length).Select(i => (double)i)],
            [.. Enumerable.Range(0, length).Select(i => (double)(length - i))],
            [.. Enumerable.Range(0, length).Select(_ => 0.25)],
            [.. Enumerable.Range(0, length).Select(i => i % 10 == 0 ? double.NaN : random.NextDouble() - 0.5)],
        ];

        var actual = shapes.Select(s => SeriesMath.FiniteMedian(s)).ToArray();

        var expected = shapes.Select(s => s.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Median()).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FiniteMedian_OnlyGaps_IsNaN()
    {
        double[] values = [double.NaN, double.PositiveInfinity];

        var median = SeriesMath.FiniteMedian(values);

        Assert.True(double.IsNaN(median));
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 3)]
    [InlineData(9, 199)]
    public void SelectInPlace_AnyRank_ReturnsThatOrderStatisticAndPartitions(int seed, int rank)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 200).Select(_ => (double)random.Next(50)).ToArray();
        var sorted = values.Order().ToArray();

        var selected = SeriesMath.SelectInPlace(values, rank);

        Assert.Equal(sorted[rank], selected);
        Assert.All(values[..rank], v => Assert.True(v <= selected));
        Assert.All(values[(rank + 1)..], v => Assert.True(v >= selected));
        Assert.Equal(sorted, values.Order().ToArray());
    }

    [Theory]
    [InlineData(10, 0.0)]
    [InlineData(11, 0.1)]
    public void CentredSeriesPearson_AnyPair_EqualsSeriesMathPearsonExactly(int seed, double gapShare)
    {
        var random = new Random(seed);
        var a = Series(random, gapShare, i => i + (50 * random.NextDouble()));
        var b = Series(random, 0, i => (2 * i) + (300 * random.NextDouble()));
        var c = Series(random, 0, _ => random.NextDouble());

        var actual = new[] { (a, b), (b, c), (c, a), (c, c) }
            .Select(p => CentredSeries.Pearson(new CentredSeries(p.Item1), new CentredSeries(p.Item2)));

        var expected = new[] { (a, b), (b, c), (c, a), (c, c) }.Select(p => SeriesMath.Pearson(p.Item1, p.Item2));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CentredSeriesPearson_ConstantOrTooShort_IsZero()
    {
        var constant = new CentredSeries([2, 2, 2, 2]);
        var rising = new CentredSeries([1, 2, 3, 4]);
        var (shortA, shortB) = (new CentredSeries([1, 2]), new CentredSeries([2, 1]));

        var correlations = new[] { CentredSeries.Pearson(constant, rising), CentredSeries.Pearson(shortA, shortB) };

        Assert.Equal([0.0, 0.0], correlations);
    }

    private static double[] Series(Random random, double gapShare, Func<int, double> value) =>
        Enumerable.Range(0, 240).Select(i => random.NextDouble() < gapShare ? double.NaN : value(i)).ToArray();
}
