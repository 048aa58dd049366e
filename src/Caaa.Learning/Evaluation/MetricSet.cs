using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// The figures of one method over one set of verdicts. UNKNOWN counts as not correct for accuracy and
/// recall and is reported on its own in <see cref="UnknownRate"/>. NaN marks a figure without a denominator.
/// </summary>
/// <param name="FaultsHidden">True faults predicted EXPECTED_LOAD: the number that must stay near zero.</param>
/// <param name="FpRateFault">Expected-load cases predicted FAULT ÷ expected-load cases.</param>
/// <param name="BaselineFpRate">The same rate for everything-is-a-fault on the same cases (1 when any exist).</param>
internal sealed record MetricSet(
    CaseCounts Cases,
    double Accuracy,
    double PrecisionWeighted,
    double RecallWeighted,
    double F1Weighted,
    IReadOnlyDictionary<AttributionClass, ClassScores> PerClass,
    ConfusionMatrix Confusion,
    double FaultRecall,
    int FaultsHidden,
    double FpRateFault,
    double BaselineFpRate,
    double FpReduction,
    double UnknownRate);
