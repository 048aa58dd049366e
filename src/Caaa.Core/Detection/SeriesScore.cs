using Caaa.Core.Metrics;

namespace Caaa.Core.Detection;

/// <summary>
/// How far one series strayed from its own baseline after onset. <see cref="PeakZ"/> keeps its sign
/// (a drop in load is negative); anomaly indices are frame indices, −1 when none.
/// <see cref="BaselineVariance"/> is the baseline's own sample variance (NaN under two samples), before the
/// floor that makes <see cref="BaselineSigma"/>: the feature shifts reuse it instead of a second pass.
/// </summary>
internal sealed record SeriesScore(
    string Service,
    Signal Signal,
    double BaselineMean,
    double BaselineSigma,
    double BaselineVariance,
    double PeakZ,
    int AnomalyCount,
    int FirstAnomaly,
    int LastAnomaly)
{
    public bool IsAnomalous => AnomalyCount >= ZScoreDetector.MinimumAnomalies;
}
