using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Core.Tests.Attribution;

public sealed class AttributionPolicyTests
{
    private readonly AttributionPolicy _policy = new(new AttributionPolicyOptions());

    [Fact]
    public void Decide_ConfidentFault_StandsAsFault()
    {
        var decision = _policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1.0), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
        Assert.Equal(0.9, decision.Confidence, 6);
    }

    [Fact]
    public void Decide_ConfidentLoadWithLoadRise_StandsAsExpectedLoad()
    {
        var decision = _policy.Decide(Probabilities(fault: 0.1), Features(loadRatio: 2.5), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.ExpectedLoad, decision.Class);
        Assert.Equal(0.9, decision.Confidence, 6);
    }

    [Theory]
    [InlineData(0.55)]
    [InlineData(0.45)]
    public void Decide_BelowThreshold_Unknown(double fault)
    {
        var decision = _policy.Decide(Probabilities(fault), Features(loadRatio: 2.5), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Contains(decision.Notes, n => n.Contains("below threshold 0.60", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_CustomThreshold_IsHonoured()
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { ConfidenceThreshold = 0.95 });

        var decision = policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
    }

    [Fact]
    public void Decide_MetricsMissing_UnknownWithZeroConfidence()
    {
        var quality = new EvidenceQuality(MetricsMissing: true);

        var decision = _policy.Decide(Probabilities(fault: 0.99), Features(loadRatio: 1), quality);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Equal(0, decision.Confidence);
    }

    [Fact]
    public void Decide_PartialMetricsFavouringLoad_Unknown()
    {
        var quality = new EvidenceQuality(MetricsPartial: true);

        var decision = _policy.Decide(Probabilities(fault: 0.05), Features(loadRatio: 3), quality);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Contains(decision.Notes, n => n.StartsWith("metrics partial", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_PartialMetricsFavouringFault_StandsAsFault()
    {
        var quality = new EvidenceQuality(MetricsPartial: true);

        var decision = _policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1), quality);

        Assert.Equal(AttributionClass.Fault, decision.Class);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.19)]
    [InlineData(0.5)]
    public void Decide_LoadWithoutLoadRise_Unknown(double loadRatio)
    {
        var decision = _policy.Decide(Probabilities(fault: 0.02), Features(loadRatio), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Contains(decision.Notes, n => n.StartsWith("load did not rise", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_IncompleteContext_LowersConfidence()
    {
        var quality = new EvidenceQuality(ContextIncomplete: true);

        var confident = _policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1), quality);
        var borderline = _policy.Decide(Probabilities(fault: 0.7), Features(loadRatio: 1), quality);

        Assert.Equal(AttributionClass.Fault, confident.Class);
        Assert.Equal(0.72, confident.Confidence, 6);
        Assert.Equal(AttributionClass.Unknown, borderline.Class);
    }

    [Fact]
    public void Decide_Tie_FavoursFault()
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { ConfidenceThreshold = 0.5 });

        var decision = policy.Decide(Probabilities(fault: 0.5), Features(loadRatio: 3), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
    }

    private static Dictionary<AttributionClass, double> Probabilities(double fault) => new()
    {
        [AttributionClass.Fault] = fault,
        [AttributionClass.ExpectedLoad] = 1 - fault,
    };

    private static FeatureVector Features(double loadRatio)
    {
        var values = new float[FeatureNames.All.Count];
        values[FeatureNames.IndexOf("load_ratio")] = (float)loadRatio;
        return new FeatureVector(values);
    }
}
