using Caaa.Core.Features;
using Caaa.Core.Metrics;

namespace Caaa.Core.Detection;

/// <summary>
/// Scores every series against its own pre-onset baseline: z = (x − mean) / sigma, where sigma has a
/// floor so that a flat baseline (zero errors, a pinned gauge) does not turn a tiny change into an
/// infinite score.
/// </summary>
internal sealed class ZScoreDetector(double threshold = ZScoreDetector.DefaultThreshold)
{
    /// <summary>|z| above this counts as an anomalous sample. Default value: 3.</summary>
    public const double DefaultThreshold = 3.0;

    /// <summary>A series is anomalous with at least this many anomalous samples (noise alone rarely has 3).</summary>
    public const int MinimumAnomalies = 3;

    /// <summary>Scores are capped so that every downstream feature stays finite and comparable.</summary>
    public const double MaximumZ = 100;

    public DetectorScore Score(MetricFrame frame, DateTimeOffset onset) =>
        Score(IncidentWindow.At(frame, onset));

    public DetectorScore Score(IncidentWindow window)
    {
        var series = window.Frame.AllSeries();
        var scores = new SeriesScore[series.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var (service, signal, values) = series[i];
            scores[i] = ScoreSeries(window, service, signal, values);
        }

        return new DetectorScore(window, scores);
    }

    private SeriesScore ScoreSeries(IncidentWindow window, string service, Signal signal, double[] values)
    {
        var (mean, variance) = SeriesMath.MeanVariance(window.Before(values));
        var sigma = Sigma(signal, mean, variance);
        if (!double.IsFinite(mean) || !double.IsFinite(sigma))
        {
            return new SeriesScore(service, signal, mean, sigma, variance, 0, 0, -1, -1);
        }

        // Compare raw samples with the band mean ± threshold·sigma: no division per sample.
        var (low, high) = (mean - (threshold * sigma), mean + (threshold * sigma));
        var (furthest, count, first, last) = (mean, 0, -1, -1);
        for (var i = window.Split; i < values.Length; i++)
        {
            var value = values[i];
            if (!double.IsFinite(value))
            {
                continue;
            }

            furthest = Math.Abs(value - mean) > Math.Abs(furthest - mean) ? value : furthest;
            if (value > high || value < low)
            {
                (count, first, last) = (count + 1, first < 0 ? i : first, i);
            }
        }

        var peak = Math.Clamp((furthest - mean) / sigma, -MaximumZ, MaximumZ);
        return new SeriesScore(service, signal, mean, sigma, variance, peak, count, first, last);
    }

    private static double Sigma(Signal signal, double mean, double variance)
    {
        var floor = Math.Max(0.01 * Math.Abs(mean), SignalFloor(signal));
        return double.IsFinite(variance) ? Math.Max(Math.Sqrt(variance), floor) : double.NaN;
    }

    /// <summary>The smallest change worth a unit of z: half a percent of errors, a millisecond of latency.</summary>
    private static double SignalFloor(Signal signal) => signal switch
    {
        Signal.Errors => 0.005,
        Signal.Latency => 0.001,
        _ => 1e-9,
    };
}
