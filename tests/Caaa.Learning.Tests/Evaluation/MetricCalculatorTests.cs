using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class MetricCalculatorTests
{
    private const AttributionClass F = AttributionClass.Fault;
    private const AttributionClass L = AttributionClass.ExpectedLoad;
    private const AttributionClass U = AttributionClass.Unknown;

    [Fact]
    public void Compute_KnownConfusion_GivesKnownFigures()
    {
        var pairs = Repeat(F, F, 8).Concat(Repeat(F, L, 1)).Concat(Repeat(F, U, 1))
            .Concat(Repeat(L, L, 6)).Concat(Repeat(L, F, 3)).Concat(Repeat(L, U, 1));

        var metrics = MetricCalculator.Compute(pairs);

        Assert.Equal(new CaseCounts(20, 10, 10), metrics.Cases);
        Assert.Equal(0.7, metrics.Accuracy, 9);
        Assert.Equal(8.0 / 11, metrics.PerClass[F].Precision, 9);
        Assert.Equal(0.8, metrics.PerClass[F].Recall, 9);
        Assert.Equal(16.0 / 21, metrics.PerClass[F].F1, 9);
        Assert.Equal(6.0 / 7, metrics.PerClass[L].Precision, 9);
        Assert.Equal(0.6, metrics.PerClass[L].Recall, 9);
        Assert.Equal(12.0 / 17, metrics.PerClass[L].F1, 9);
        Assert.Equal(((16.0 / 21) + (12.0 / 17)) / 2, metrics.F1Weighted, 9);
        Assert.Equal(0.8, metrics.FaultRecall, 9);
        Assert.Equal(1, metrics.FaultsHidden);
        Assert.Equal(0.3, metrics.FpRateFault, 9);
        Assert.Equal(1.0, metrics.BaselineFpRate, 9);
        Assert.Equal(0.7, metrics.FpReduction, 9);
        Assert.Equal(0.1, metrics.UnknownRate, 9);
    }

    [Fact]
    public void Compute_KnownConfusion_FillsTheMatrix()
    {
        var pairs = Repeat(F, F, 2).Concat(Repeat(F, U, 3)).Concat(Repeat(L, F, 4));

        var matrix = MetricCalculator.Compute(pairs).Confusion;

        Assert.Equal(2, matrix[F, F]);
        Assert.Equal(0, matrix[F, L]);
        Assert.Equal(3, matrix[F, U]);
        Assert.Equal(4, matrix[L, F]);
        Assert.Equal(0, matrix[L, L]);
        Assert.Equal(9, matrix.Total);
    }

    [Fact]
    public void Compute_NoExpectedLoadCases_FalsePositiveFiguresAreUndefined()
    {
        var metrics = MetricCalculator.Compute(Repeat(F, F, 3).Concat(Repeat(F, L, 1)));

        Assert.True(double.IsNaN(metrics.FpRateFault));
        Assert.True(double.IsNaN(metrics.BaselineFpRate));
        Assert.True(double.IsNaN(metrics.FpReduction));
        Assert.Equal(0.75, metrics.FaultRecall, 9);
    }

    [Fact]
    public void Compute_ClassNeverPredicted_PrecisionUndefinedAndF1Zero()
    {
        var metrics = MetricCalculator.Compute(Repeat(F, F, 3).Concat(Repeat(L, F, 2)));

        Assert.True(double.IsNaN(metrics.PerClass[L].Precision));
        Assert.Equal(0, metrics.PerClass[L].Recall);
        Assert.Equal(0, metrics.PerClass[L].F1);
        Assert.Equal(0.6 * 0.6, metrics.PrecisionWeighted, 9);
        Assert.Equal(0, metrics.FpReduction, 9);
    }

    [Fact]
    public void Compute_AllUnknown_AccuracyZeroUnknownRateOne()
    {
        var metrics = MetricCalculator.Compute(Repeat(F, U, 2).Concat(Repeat(L, U, 2)));

        Assert.Equal(0, metrics.Accuracy);
        Assert.Equal(1, metrics.UnknownRate);
        Assert.Equal(0, metrics.FaultsHidden);
        Assert.Equal(0, metrics.FpRateFault);
        Assert.Equal(1, metrics.FpReduction);
    }

    private static IEnumerable<(AttributionClass, AttributionClass)> Repeat(
        AttributionClass truth,
        AttributionClass predicted,
        int count) =>
        Enumerable.Repeat((truth, predicted), count);
}
