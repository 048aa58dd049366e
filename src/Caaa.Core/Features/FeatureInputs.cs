using System.Diagnostics;
using Caaa.Core.Detection;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>What every feature family reads, computed once per incident.</summary>
internal sealed class FeatureInputs
{
    private readonly Dictionary<(string, Signal), SeriesShift> _shifts;

    public FeatureInputs(Incident incident, IncidentWindow window, DetectorScore score)
    {
        Incident = incident;
        Window = window;
        Score = score;
        _shifts = ShiftAll(window, score);
    }

    public Incident Incident { get; }

    public IncidentWindow Window { get; }

    public MetricFrame Frame => Window.Frame;

    public DetectorScore Score { get; }

    /// <summary>The shift of one series, or null when that signal was not measured for the service.</summary>
    public SeriesShift? ShiftOf(string service, Signal signal) =>
        _shifts.TryGetValue((service, signal), out var shift) ? shift : null;

    public IEnumerable<SeriesShift> AllShifts => _shifts.Values;

    public IEnumerable<(string Service, SeriesShift Shift)> Shifts(Signal signal)
    {
        foreach (var service in Frame.Services)
        {
            if (ShiftOf(service, signal) is { } shift)
            {
                yield return (service, shift);
            }
        }
    }

    private static Dictionary<(string, Signal), SeriesShift> ShiftAll(IncidentWindow window, DetectorScore score)
    {
        var series = window.Frame.AllSeries();
        var shifts = new Dictionary<(string, Signal), SeriesShift>(series.Count);

        // The detector has just taken the mean and variance of every baseline in this window: reuse them.
        var scored = score.Window == window && score.Series.Count == series.Count ? score.Series : null;
        for (var i = 0; i < series.Count; i++)
        {
            var (service, signal, values) = series[i];
            Debug.Assert(scored is null || (scored[i].Service == service && scored[i].Signal == signal));
            var before = scored is null ? SeriesMath.MeanVariance(window.Before(values)) : Baseline(scored[i]);
            shifts[(service, signal)] = Shift(window, values, before);
        }

        return shifts;
    }

    private static (double Mean, double Variance) Baseline(SeriesScore score) =>
        (score.BaselineMean, score.BaselineVariance);

    private static SeriesShift Shift(IncidentWindow window, double[] values, (double Mean, double Variance) before)
    {
        var after = SeriesMath.MeanVariance(window.After(values));
        return new SeriesShift(before.Mean, after.Mean, before.Variance, after.Variance, values, window.Split);
    }
}
