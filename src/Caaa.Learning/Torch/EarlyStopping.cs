namespace Caaa.Learning.Torch;

/// <summary>Tracks the best loss so far and says when it has not improved for <c>patience</c> epochs.</summary>
internal sealed class EarlyStopping
{
    private readonly int _patience;
    private readonly double _minimumImprovement;
    private int _epochsWithoutImprovement;

    public EarlyStopping(int patience, double minimumImprovement)
    {
        _patience = patience;
        _minimumImprovement = minimumImprovement;
    }

    public double BestLoss { get; private set; } = double.PositiveInfinity;

    public bool ShouldStop => _epochsWithoutImprovement >= _patience;

    /// <summary>Records one epoch's loss; returns true when it is the best so far.</summary>
    public bool Record(double loss)
    {
        if (loss < BestLoss - _minimumImprovement)
        {
            BestLoss = loss;
            _epochsWithoutImprovement = 0;
            return true;
        }

        _epochsWithoutImprovement++;
        return false;
    }
}
