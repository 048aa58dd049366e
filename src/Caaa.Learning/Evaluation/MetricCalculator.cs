using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>Computes a <see cref="MetricSet"/> from (truth, predicted) pairs.</summary>
internal static class MetricCalculator
{
    public static MetricSet Compute(IEnumerable<(AttributionClass Truth, AttributionClass Predicted)> pairs)
    {
        var list = pairs.ToArray();
        var matrix = ConfusionMatrix.Of(list);
        var total = matrix.Total;
        var faults = matrix.Support(AttributionClass.Fault);
        var loads = matrix.Support(AttributionClass.ExpectedLoad);

        var perClass = ConfusionMatrix.TruthClasses.ToDictionary(c => c, c => Scores(matrix, c));
        var correct = ConfusionMatrix.TruthClasses.Sum(c => matrix[c, c]);
        var fpRate = Ratio(matrix[AttributionClass.ExpectedLoad, AttributionClass.Fault], loads);
        var baselineFpRate = FpRate(list.Select(p => (p.Truth, AttributionClass.Fault)));

        return new MetricSet(
            new CaseCounts(total, faults, loads),
            Ratio(correct, total),
            Weighted(perClass, s => s.Precision),
            Weighted(perClass, s => s.Recall),
            Weighted(perClass, s => s.F1),
            perClass,
            matrix,
            Ratio(matrix[AttributionClass.Fault, AttributionClass.Fault], faults),
            matrix[AttributionClass.Fault, AttributionClass.ExpectedLoad],
            fpRate,
            baselineFpRate,
            1 - (fpRate / baselineFpRate),
            Ratio(matrix.Predicted(AttributionClass.Unknown), total));
    }

    public static MetricSet Compute(IEnumerable<Verdict> verdicts) =>
        Compute(verdicts.Select(v => (v.Truth, v.Predicted)));

    /// <summary>Expected-load cases predicted FAULT ÷ expected-load cases.</summary>
    public static double FpRate(IEnumerable<(AttributionClass Truth, AttributionClass Predicted)> pairs)
    {
        var loads = pairs.Where(p => p.Truth == AttributionClass.ExpectedLoad).ToArray();
        return Ratio(loads.Count(p => p.Predicted == AttributionClass.Fault), loads.Length);
    }

    private static ClassScores Scores(ConfusionMatrix matrix, AttributionClass c)
    {
        var hits = matrix[c, c];
        var support = matrix.Support(c);
        var predicted = matrix.Predicted(c);

        // 2TP / (2TP + FP + FN) equals the harmonic mean wherever that is defined, and is 0 rather than
        // undefined when the class was never predicted although it occurs.
        var f1 = Ratio(2 * hits, predicted + support);
        return new ClassScores(Ratio(hits, predicted), Ratio(hits, support), f1, support);
    }

    /// <summary>Support-weighted mean; a precision undefined because the class was never predicted counts as 0.</summary>
    private static double Weighted(
        IReadOnlyDictionary<AttributionClass, ClassScores> perClass,
        Func<ClassScores, double> figure)
    {
        var support = perClass.Values.Sum(s => s.Support);
        if (support == 0)
        {
            return double.NaN;
        }

        return perClass.Values
            .Where(s => s.Support > 0)
            .Sum(s => s.Support * (double.IsNaN(figure(s)) ? 0 : figure(s))) / support;
    }

    private static double Ratio(int numerator, int denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
