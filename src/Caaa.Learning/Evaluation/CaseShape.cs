using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// How a case was cut, kept for leak hunting: a feature that tracks these instead of the system's behaviour
/// learns how cases are made. FAULT and EXPECTED_LOAD cases of one system should look alike here.
/// </summary>
/// <param name="Samples">Samples in the incident frame.</param>
/// <param name="OnsetIndex">Samples before the onset (the baseline length).</param>
/// <param name="GapShare">Share of all samples of all series that are gaps (NaN).</param>
internal sealed record CaseShape(int Samples, int OnsetIndex, double GapShare)
{
    public static CaseShape Of(Incident incident)
    {
        var window = IncidentWindow.At(incident.Frame, incident.Onset);
        return new CaseShape(incident.Frame.Length, window.Split, GapShareOf(incident.Frame));
    }

    public static double GapShareOf(MetricFrame frame)
    {
        var (gaps, total) = (0L, 0L);
        foreach (var (_, _, values) in frame.AllSeries())
        {
            total += values.Length;
            gaps += values.Count(v => !double.IsFinite(v));
        }

        return total == 0 ? 0 : gaps / (double)total;
    }
}
