using Caaa.Core.Metrics;

namespace Caaa.Core.Detection;

/// <summary>
/// The z-score detector's view of a whole frame: one score per series, in the order of
/// <see cref="MetricFrame.AllSeries"/>, each against its baseline in <see cref="Window"/>.
/// </summary>
internal sealed class DetectorScore(IncidentWindow window, IReadOnlyList<SeriesScore> series)
{
    /// <summary>The frame and split the baselines were taken from.</summary>
    public IncidentWindow Window { get; } = window;

    public IReadOnlyList<SeriesScore> Series { get; } = series;

    /// <summary>The largest |z| of any series after onset; 0 when nothing could be scored.</summary>
    public double Max => Series.Count == 0 ? 0 : Series.Max(s => Math.Abs(s.PeakZ));

    public IEnumerable<SeriesScore> Anomalous => Series.Where(s => s.IsAnomalous);

    /// <summary>The series that strayed furthest, largest |z| first.</summary>
    public IReadOnlyList<SeriesScore> Top(int count) =>
        Series.Where(s => s.PeakZ != 0).OrderByDescending(s => Math.Abs(s.PeakZ)).Take(count).ToArray();
}
