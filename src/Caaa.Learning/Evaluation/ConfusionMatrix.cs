using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>Truth (FAULT, EXPECTED_LOAD) × predicted (FAULT, EXPECTED_LOAD, UNKNOWN) counts.</summary>
internal sealed class ConfusionMatrix
{
    public static readonly IReadOnlyList<AttributionClass> TruthClasses =
        [AttributionClass.Fault, AttributionClass.ExpectedLoad];

    public static readonly IReadOnlyList<AttributionClass> PredictedClasses =
        [AttributionClass.Fault, AttributionClass.ExpectedLoad, AttributionClass.Unknown];

    private readonly int[,] _counts = new int[2, 3];

    public int this[AttributionClass truth, AttributionClass predicted] =>
        _counts[TruthIndex(truth), PredictedIndex(predicted)];

    public int Total => _counts.Cast<int>().Sum();

    public static ConfusionMatrix Of(IEnumerable<(AttributionClass Truth, AttributionClass Predicted)> pairs)
    {
        var matrix = new ConfusionMatrix();
        foreach (var (truth, predicted) in pairs)
        {
            matrix._counts[TruthIndex(truth), PredictedIndex(predicted)]++;
        }

        return matrix;
    }

    /// <summary>Cases whose truth is <paramref name="truth"/>.</summary>
    public int Support(AttributionClass truth) => PredictedClasses.Sum(p => this[truth, p]);

    /// <summary>Cases predicted <paramref name="predicted"/>.</summary>
    public int Predicted(AttributionClass predicted) => TruthClasses.Sum(t => this[t, predicted]);

    private static int TruthIndex(AttributionClass truth) => truth switch
    {
        AttributionClass.Fault => 0,
        AttributionClass.ExpectedLoad => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(truth), truth, "UNKNOWN is never a true class."),
    };

    private static int PredictedIndex(AttributionClass predicted) => predicted switch
    {
        AttributionClass.Fault => 0,
        AttributionClass.ExpectedLoad => 1,
        AttributionClass.Unknown => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(predicted), predicted, "Not an attribution class."),
    };
}
