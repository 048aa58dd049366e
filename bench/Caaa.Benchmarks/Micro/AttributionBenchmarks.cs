using BenchmarkDotNet.Attributes;
using Caaa.Benchmarks.Synthetic;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;

namespace Caaa.Benchmarks.Micro;

/// <summary>
/// Model inference alone (<see cref="AttributionModel.Predict"/>, target under 50 µs) and the whole
/// attributor (features, model, policy, reasons) on a 50-service incident.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class AttributionBenchmarks
{
    private AttributionModel _model = null!;
    private Attributor _attributor = null!;
    private FeatureVector _features = null!;
    private Incident _incident = null!;

    [Params(ClassifierKind.FastForest, ClassifierKind.FastTree, ClassifierKind.LightGbm)]
    public ClassifierKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = TrainedModels.Small(Kind);
        _attributor = new Attributor(_model, new AttributionPolicyOptions());
        _incident = SyntheticIncidents.Create(50, 240, fault: false, seed: 2);
        _features = new FeatureExtractor().Extract(_incident);
    }

    [Benchmark]
    public IReadOnlyDictionary<AttributionClass, double> Predict() => _model.Predict(_features);

    [Benchmark]
    public Attribution Attribute() => _attributor.Attribute(_incident, EvidenceQuality.Full).Attribution;
}
