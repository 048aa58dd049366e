using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Attribution;

/// <summary>The whole path on hand-built frames, with a model trained on other hand-built frames.</summary>
public sealed class AttributorTests
{
    private static readonly Lazy<AttributionModel> Model = new(TrainOnFrames);

    private readonly Attributor _attributor = new(Model.Value, new AttributionPolicyOptions());

    [Fact]
    public void Attribute_LoadSurgeDuringSale_ExpectedLoadNamingTheEvent()
    {
        var context = new IncidentContext([TestFrames.Calendar("Spring sale", 3)]);
        var incident = TestFrames.Incident(TestFrames.Build(services: 6, loadMultiplier: 3, seed: 500), context);

        var outcome = _attributor.Attribute(incident, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.ExpectedLoad, outcome.Attribution.Class);
        Assert.Contains(outcome.Attribution.Reasons, r => r.Contains("'Spring sale'", StringComparison.Ordinal));
        Assert.Contains(outcome.Attribution.Reasons, r => r.StartsWith("request rate ×3.0", StringComparison.Ordinal));
        Assert.Equal(FeatureNames.All.Count, outcome.Features.Values.Length);
    }

    [Fact]
    public void Attribute_CpuFaultDuringSale_FaultNamingSignalAndDeployment()
    {
        var context = new IncidentContext(
        [
            TestFrames.Calendar("Spring sale", 3),
            TestFrames.Deployment("cart v2.1", TimeSpan.FromMinutes(12), "service01"),
        ]);
        var frame = TestFrames.Build(services: 6, cpuFaults: ["service01"], seed: 501);

        var outcome = _attributor.Attribute(TestFrames.Incident(frame, context), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, outcome.Attribution.Class);
        Assert.Matches("^service01 (cpu|latency) z=", outcome.Attribution.Reasons[0]);
        Assert.Contains("deployment 'cart v2.1' of service01 12 min before onset", outcome.Attribution.Reasons);
    }

    [Fact]
    public void Attribute_DeploymentsOfOtherServicesOrTooOld_NeverNamedInTheReasons()
    {
        var context = new IncidentContext(
        [
            TestFrames.Deployment("billing v9", TimeSpan.FromMinutes(2), "billing"),
            TestFrames.Deployment("cart v2.0", TimeSpan.FromMinutes(45), "service01"),
            TestFrames.Deployment("cart v2.1", TimeSpan.FromMinutes(20), "service01"),
        ]);
        var frame = TestFrames.Build(services: 6, cpuFaults: ["service01"], seed: 504);

        var reasons = _attributor.Attribute(TestFrames.Incident(frame, context), EvidenceQuality.Full).Attribution.Reasons;

        Assert.Contains("deployment 'cart v2.1' of service01 20 min before onset", reasons);
        Assert.DoesNotContain(reasons, r => r.Contains("billing", StringComparison.Ordinal)
            || r.Contains("cart v2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void Attribute_OnlyOtherServicesDeployed_NoDeploymentReason()
    {
        var context = new IncidentContext([TestFrames.Deployment("billing v9", TimeSpan.FromMinutes(2), "billing")]);
        var frame = TestFrames.Build(services: 6, cpuFaults: ["service01"], seed: 505);

        var reasons = _attributor.Attribute(TestFrames.Incident(frame, context), EvidenceQuality.Full).Attribution.Reasons;

        Assert.DoesNotContain(reasons, r => r.StartsWith("deployment", StringComparison.Ordinal));
    }

    [Fact]
    public void Attribute_IncompleteContext_LowersConfidenceAndSaysSo()
    {
        var frame = TestFrames.Build(services: 6, cpuFaults: ["service02"], seed: 502);
        var complete = TestFrames.Incident(frame);
        var incomplete = complete with { Context = new IncidentContext([], Complete: false) };

        var full = _attributor.Attribute(complete, EvidenceQuality.Full).Attribution;
        var lowered = _attributor.Attribute(incomplete, EvidenceQuality.Full).Attribution;

        Assert.True(lowered.Confidence < full.Confidence);
        Assert.Contains(lowered.Reasons, r => r.StartsWith("context incomplete", StringComparison.Ordinal));
    }

    [Fact]
    public void Attribute_EmptyFrame_UnknownAsMissing()
    {
        var incident = TestFrames.Incident(new MetricFrameBuilder([]).Build());

        var outcome = _attributor.Attribute(incident, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, outcome.Attribution.Class);
        Assert.Contains("metrics missing: no attribution possible", outcome.Attribution.Reasons);
    }

    [Fact]
    public void Attribute_PartialMetricsOnLoadSurge_NeverExpectedLoad()
    {
        var incident = TestFrames.Incident(TestFrames.Build(services: 6, loadMultiplier: 3, seed: 503));

        var outcome = _attributor.Attribute(incident, new EvidenceQuality(MetricsPartial: true));

        Assert.Equal(AttributionClass.Unknown, outcome.Attribution.Class);
    }

    private static AttributionModel TrainOnFrames()
    {
        var extractor = new FeatureExtractor();
        var features = new List<FeatureVector>();
        var labels = new List<AttributionClass>();
        for (var seed = 0; seed < 24; seed++)
        {
            var surge = TestFrames.Build(services: 6, loadMultiplier: 1.5 + (seed % 4), seed: seed);
            var fault = TestFrames.Build(services: 6, cpuFaults: [TestFrames.ServiceName(seed % 6)], seed: 100 + seed);
            features.Add(extractor.Extract(TestFrames.Incident(surge)));
            labels.Add(AttributionClass.ExpectedLoad);
            features.Add(extractor.Extract(TestFrames.Incident(fault)));
            labels.Add(AttributionClass.Fault);
        }

        return AttributionModel.Train(features, labels, ClassifierKind.FastTree, seed: 1);
    }
}
