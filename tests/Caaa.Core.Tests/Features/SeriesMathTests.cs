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

    private static double[] Series(Random random, double gapShare, Func<int, double> value) =>
        Enumerable.Range(0, 240).Select(i => random.NextDouble() < gapShare ? double.NaN : value(i)).ToArray();
}
