using BenchmarkDotNet.Attributes;
using Caaa.Benchmarks.Synthetic;
using Caaa.Core.Features;
using Caaa.Core.Incidents;

namespace Caaa.Benchmarks.Micro;

/// <summary>One incident's feature vector as the number of services and of points per series grows.</summary>
[Config(typeof(ShortRunConfig))]
public class FeatureExtractionBenchmarks
{
    private readonly FeatureExtractor _extractor = new();
    private Incident _incident = null!;

    [Params(5, 50, 500)]
    public int Services { get; set; }

    [Params(60, 240, 960)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup() => _incident = SyntheticIncidents.Create(Services, Points, fault: true, seed: 1);

    [Benchmark]
    public FeatureVector Extract() => _extractor.Extract(_incident);
}
