using MathNet.Numerics.Statistics;

namespace Caaa.Learning.Evaluation;

/// <summary>One method's verdicts and figures: overall, per fold (F1 mean ± std) and per system.</summary>
/// <param name="F1CvStd">Sample standard deviation of the per-fold weighted F1; NaN with fewer than 2 folds.</param>
internal sealed record MethodResult(
    string Name,
    string Description,
    MetricSet Overall,
    double F1CvMean,
    double F1CvStd,
    IReadOnlyDictionary<string, MetricSet> PerSystem,
    IReadOnlyList<Verdict> Verdicts)
{
    public static MethodResult From(string name, string description, IReadOnlyList<Verdict> verdicts)
    {
        var perFold = verdicts.GroupBy(v => v.Fold, StringComparer.Ordinal)
            .Select(g => MetricCalculator.Compute(g).F1Weighted)
            .Where(double.IsFinite)
            .ToArray();
        var (mean, std) = perFold.Length switch
        {
            0 => (double.NaN, double.NaN),
            1 => (perFold[0], double.NaN),
            _ => perFold.MeanStandardDeviation(),
        };

        var perSystem = verdicts.GroupBy(v => v.System, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MetricCalculator.Compute(g), StringComparer.Ordinal);

        return new MethodResult(name, description, MetricCalculator.Compute(verdicts), mean, std, perSystem, verdicts);
    }
}
