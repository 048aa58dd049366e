using Caaa.Core.Metrics;

namespace Caaa.Core.Detection;

/// <summary>
/// How far one series strayed from its own baseline after onset. <see cref="PeakZ"/> keeps its sign
/// (a drop in load is negative); anomaly indices are frame indices, −1 when none.
/// </summary>
internal sealed record SeriesScore(
    string Service,
    Signal Signal,
    double BaselineMean,
    double BaselineSigma,
    double PeakZ,
    int AnomalyCount,
    int FirstAnomaly,
    int LastAnomaly)
{
    public bool IsAnomalous => AnomalyCount >= ZScoreDetector.MinimumAnomalies;
}
