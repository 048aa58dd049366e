using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

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
    public void Decide_JustBelowThreshold_ReasonNeverShowsTheThresholdItself()
    {
        var decision = _policy.Decide(Probabilities(fault: 0.402), Features(loadRatio: 2.5), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Contains("confidence 0.59 below threshold 0.60", decision.Notes);
    }

    [Fact]
    public void Decide_CustomThreshold_IsHonoured()
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { ConfidenceThreshold = 0.95 });

        var decision = policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1.5), EvidenceQuality.Full);

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
        Assert.Contains(decision.Notes, n => n.StartsWith("load rail:", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_IncompleteContext_LowersConfidence()
    {
        var quality = new EvidenceQuality(ContextIncomplete: true);

        var confident = _policy.Decide(Probabilities(fault: 0.9), Features(loadRatio: 1.5), quality);
        var borderline = _policy.Decide(Probabilities(fault: 0.7), Features(loadRatio: 1.5), quality);

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

    [Theory]
    [InlineData("cost_per_request_change", 1.51, "cost rail:")]
    [InlineData("error_ratio_change", 0.03, "error rail:")]
    [InlineData("cpu_rise_unexplained", 1.6, "cpu rail:")]
    [InlineData("latency_rise_unexplained", 2.5, "latency rail:")]
    public void Decide_ConfidentLoadAgainstThePhysics_UnknownNamingTheRail(string feature, double value, string rail)
    {
        var features = Features(loadRatio: 2.5, (feature, value));

        var decision = _policy.Decide(Probabilities(fault: 0.02), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
        Assert.Contains(decision.Notes, n => n.StartsWith(rail, StringComparison.Ordinal));
        Assert.Equal(rail.TrimEnd(':'), decision.Rule);
    }

    [Theory]
    [InlineData("cost_per_request_change", 3.01, "cost rail ×2:")]
    [InlineData("error_ratio_change", 0.041, "error rail ×2:")]
    [InlineData("cpu_rise_unexplained", 3.2, "cpu rail ×2:")]
    [InlineData("latency_rise_unexplained", 4, "latency rail ×2:")]
    public void Decide_LoadFarBeyondARail_FaultNamingTheRail(string feature, double value, string rail)
    {
        var features = Features(loadRatio: 2.5, (feature, value));

        var decision = _policy.Decide(Probabilities(fault: 0.2), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
        Assert.Equal(0.2, decision.Confidence, 6);
        Assert.Equal($"far beyond load ({rail[..rail.IndexOf(" rail", StringComparison.Ordinal)]} rail)", decision.Rule);
        Assert.Contains(decision.Notes, n => n.StartsWith(rail, StringComparison.Ordinal) && n.EndsWith("FAULT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cost_per_request_change", 2.99)]
    [InlineData("cpu_rise_unexplained", 1.6)]
    public void Decide_LoadBeyondARailWithinTheMargin_StaysUnknown(string feature, double value)
    {
        var decision = _policy.Decide(Probabilities(fault: 0.2), Features(loadRatio: 2.5, (feature, value)),
            EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
    }

    [Fact]
    public void Decide_UnsureModelFarBeyondARail_Fault()
    {
        var decision = _policy.Decide(Probabilities(fault: 0.55), Features(loadRatio: 1, ("cpu_rise_unexplained", 5)),
            EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
        Assert.Equal(0.55, decision.Confidence, 6);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0)]
    [InlineData(0.5)]
    public void Decide_FaultMarginOff_FarBeyondARailStaysUnknown(double margin)
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { FaultMargin = margin });

        var decision = policy.Decide(Probabilities(fault: 0.2), Features(loadRatio: 2.5, ("cost_per_request_change", 9)),
            EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
    }

    [Fact]
    public void Decide_LoadWithinTheRailsAndNoLoadRise_NeverFault()
    {
        var decision = _policy.Decide(Probabilities(fault: 0.1), Features(loadRatio: 0.9), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Unknown, decision.Class);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.4)]
    [InlineData(1.19)]
    public void Decide_UnsureFaultWithoutSurge_FaultSayingWhy(double loadRatio)
    {
        var decision = _policy.Decide(Probabilities(fault: 0.55), Features(loadRatio), EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
        Assert.Equal(0.55, decision.Confidence, 6);
        Assert.Contains(decision.Notes, n => n.StartsWith("no surge: request rate ×", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.55, 1.2, true, true)]
    [InlineData(0.45, 1.0, true, true)]
    [InlineData(0.55, 1.0, false, true)]
    [InlineData(0.55, 1.0, true, false)]
    public void Decide_UnsureWithSurgeOrLeaningLoadOrUnmeasuredOrRuleOff_Unknown(
        double fault, double loadRatio, bool measured, bool rule)
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { FaultWithoutSurge = rule });

        var decision = policy.Decide(Probabilities(fault), Features(loadRatio),
            new EvidenceQuality(RequestRateUnmeasured: !measured));

        Assert.Equal(AttributionClass.Unknown, decision.Class);
    }

    [Fact]
    public void RequestRateMeasured_OnlyWhenSomeServiceReportsRequests()
    {
        var axis = TestFrames.Axis(3);
        var cpuOnly = new MetricFrameBuilder(axis).Set("a", Signal.Cpu, [1, 2, 3]).Build();
        var idle = new MetricFrameBuilder(axis).Set("a", Signal.Load, [0, double.NaN, 0]).Build();
        var busy = new MetricFrameBuilder(axis).Set("a", Signal.Load, [0, 0.5, 0]).Build();

        Assert.False(EvidenceQuality.RequestRateMeasured(cpuOnly));
        Assert.False(EvidenceQuality.RequestRateMeasured(idle));
        Assert.True(EvidenceQuality.RequestRateMeasured(busy));
    }

    [Fact]
    public void Decide_ConfidentLoadAtEveryRailsLimit_StandsAsExpectedLoad()
    {
        var options = new AttributionPolicyOptions();
        var features = Features(options.MinimumLoadRatio,
            ("cost_per_request_change", options.MaximumCostPerRequestChange),
            ("error_ratio_change", options.MaximumErrorRatioRise),
            ("cpu_rise_unexplained", options.MaximumUnexplainedCpuRise),
            ("latency_rise_unexplained", options.MaximumUnexplainedLatencyRise));

        var decision = _policy.Decide(Probabilities(fault: 0.1), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.ExpectedLoad, decision.Class);
    }

    [Fact]
    public void Decide_FaultBreakingEveryRail_StaysFault()
    {
        var features = Features(0.5, ("cost_per_request_change", 9), ("error_ratio_change", 0.5),
            ("cpu_rise_unexplained", 9), ("latency_rise_unexplained", 9));

        var decision = _policy.Decide(Probabilities(fault: 0.9), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.Fault, decision.Class);
    }

    [Fact]
    public void Decide_RailsOpened_LoadAgainstThePhysicsStands()
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions().WithoutRails());
        var features = Features(0.5, ("cost_per_request_change", 9), ("error_ratio_change", 0.5));

        var decision = policy.Decide(Probabilities(fault: 0.1), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.ExpectedLoad, decision.Class);
    }

    [Fact]
    public void Decide_CustomRailThreshold_IsHonoured()
    {
        var policy = new AttributionPolicy(new AttributionPolicyOptions { MaximumCostPerRequestChange = 3 });
        var features = Features(loadRatio: 2.5, ("cost_per_request_change", 2.5));

        var decision = policy.Decide(Probabilities(fault: 0.1), features, EvidenceQuality.Full);

        Assert.Equal(AttributionClass.ExpectedLoad, decision.Class);
    }

    private static Dictionary<AttributionClass, double> Probabilities(double fault) => new()
    {
        [AttributionClass.Fault] = fault,
        [AttributionClass.ExpectedLoad] = 1 - fault,
    };

    private static FeatureVector Features(double loadRatio, params (string Name, double Value)[] others)
    {
        var values = new float[FeatureNames.All.Count];
        values[FeatureNames.IndexOf("load_ratio")] = (float)loadRatio;
        foreach (var (name, value) in others)
        {
            values[FeatureNames.IndexOf(name)] = (float)value;
        }

        return new FeatureVector(values);
    }
}
