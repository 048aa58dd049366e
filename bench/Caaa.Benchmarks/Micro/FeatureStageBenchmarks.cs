using BenchmarkDotNet.Attributes;
using Caaa.Benchmarks.Synthetic;
using Caaa.Core.Detection;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Benchmarks.Micro;

/// <summary>
/// The stages inside <see cref="FeatureExtractor.Extract"/>, each alone, to see where the time of one
/// extraction goes (window split, z-score detector, per-series shifts, the four feature families).
/// </summary>
[Config(typeof(ShortRunConfig))]
public class FeatureStageBenchmarks
{
    private readonly ZScoreDetector _detector = new();
    private readonly double[] _values = new double[FeatureNames.All.Count];
    private Incident _incident = null!;
    private IncidentWindow _window;
    private DetectorScore _score = null!;
    private FeatureInputs _inputs = null!;

    [Params(5, 50)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _incident = SyntheticIncidents.Create(Services, 240, fault: true, seed: 1);
        _window = IncidentWindow.At(_incident.Frame, _incident.Onset);
        _score = _detector.Score(_window);
        _inputs = new FeatureInputs(_incident, _window, _score);
    }

    [Benchmark]
    public int AllSeries() => _incident.Frame.AllSeries().Count;

    [Benchmark]
    public int Window() => IncidentWindow.At(_incident.Frame, _incident.Onset).Split;

    [Benchmark]
    public int Detector() => _detector.Score(_window).Series.Count;

    [Benchmark]
    public int Shifts() => new FeatureInputs(_incident, _window, _score).AllShifts.Count();

    [Benchmark]
    public double Workload()
    {
        WorkloadFeatures.Write(_inputs, _values.AsSpan(0, 6));
        return _values[0];
    }

    [Benchmark]
    public double Behavioural()
    {
        BehaviouralFeatures.Write(_inputs, _values.AsSpan(6, 6));
        return _values[6];
    }

    [Benchmark]
    public double Context()
    {
        ContextFeatures.Write(_inputs, _values.AsSpan(12, 5));
        return _values[12];
    }

    [Benchmark]
    public double Additional()
    {
        AdditionalFeatures.Write(_inputs, _values.AsSpan(17, AdditionalFeatures.Count));
        return _values[17];
    }
}
