using Caaa.Core.Detection;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Core.Features;

/// <summary>What every feature family reads, computed once per incident.</summary>
internal sealed class FeatureInputs
{
    private readonly Dictionary<(string, Signal), SeriesShift> _shifts = [];

    public FeatureInputs(Incident incident, IncidentWindow window, DetectorScore score)
    {
        Incident = incident;
        Window = window;
        Score = score;
        foreach (var (service, signal, values) in window.Frame.AllSeries())
        {
            _shifts[(service, signal)] = Shift(window, values);
        }
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

    private static SeriesShift Shift(IncidentWindow window, double[] values)
    {
        var before = SeriesMath.MeanVariance(window.Before(values));
        var after = SeriesMath.MeanVariance(window.After(values));
        return new SeriesShift(before.Mean, after.Mean, before.Variance, after.Variance,
            SeriesMath.FiniteMedian(window.Before(values)), SeriesMath.FiniteMedian(window.After(values)));
    }
}
