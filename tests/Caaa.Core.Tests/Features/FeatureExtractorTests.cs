using Caaa.Core.Features;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Features;

public sealed class FeatureExtractorTests
{
    private readonly FeatureExtractor _extractor = new();

    [Fact]
    public void Extract_Always_ReturnsEveryFeatureInOrder()
    {
        var incident = TestFrames.Incident(TestFrames.Build(services: 3));

        var features = _extractor.Extract(incident);

        Assert.Equal(FeatureNames.All.Count, features.Values.Length);
        Assert.Equal(25, features.Values.Length);
    }

    [Fact]
    public void Extract_UniformLoadSurge_ReadsAsLoad()
    {
        var incident = TestFrames.Incident(TestFrames.Build(services: 8, loadMultiplier: 3));

        var features = _extractor.Extract(incident);

        Assert.Equal(1.0, features["global_load_ratio"], 3);
        Assert.InRange(features["load_ratio"], 2.8, 3.2);
        Assert.InRange(features["cost_per_request_change"], 0.9, 1.1);
        Assert.InRange(features["error_ratio_change"], -0.001, 0.001);
        Assert.InRange(features["cpu_request_correlation"], 0.9, 1.0);
        Assert.InRange(features["cross_service_sync"], 0.8, 1.0);
        Assert.InRange(features["cpu_rise_unexplained"], 0.9, 1.1);
        Assert.InRange(features["latency_rise_unexplained"], 0.25, 0.45);
        Assert.InRange(features["min_load_ratio"], 2.7, 3.3);
    }

    [Fact]
    public void Extract_SingleServiceCpuSpike_ReadsAsFault()
    {
        var frame = TestFrames.Build(services: 10, cpuFaults: [TestFrames.ServiceName(4)], cpuFaultFactor: 5);

        var features = _extractor.Extract(TestFrames.Incident(frame));

        Assert.InRange(features["global_load_ratio"], 0.0, 0.1);
        Assert.InRange(features["load_ratio"], 0.95, 1.05);
        Assert.InRange(features["cost_per_request_change"], 4.0, 6.0);
        Assert.InRange(features["affected_service_ratio"], 0.09, 0.11);
        Assert.InRange(features["latency_ratio"], 4.0, 6.0);
        Assert.True(features["detector_score"] > 20);
        Assert.InRange(features["cpu_rise_unexplained"], 4.0, 6.0);
        Assert.InRange(features["min_load_ratio"], 0.9, 1.1);
    }

    [Fact]
    public void Extract_OneServiceSlowWithoutBeingBusy_LatencyRiseUnexplained()
    {
        var frame = Scaled(TestFrames.Build(services: 6), TestFrames.ServiceName(2), Signal.Latency, 4);

        var features = _extractor.Extract(TestFrames.Incident(frame));

        Assert.InRange(features["latency_rise_unexplained"], 3.5, 4.5);
        Assert.InRange(features["cpu_rise_unexplained"], 0.9, 1.1);
        Assert.InRange(features["load_ratio"], 0.95, 1.05);
    }

    [Fact]
    public void Extract_ThreeSampleBaselineWithOneSpike_RatiosReadTheMedian()
    {
        var frame = TestFrames.Build(services: 4).Slice(TestFrames.OnsetIndex - 3, TestFrames.Length);
        var spiked = Scaled(frame, TestFrames.ServiceName(3), Signal.Cpu, 10, from: 0, to: 1);

        var features = _extractor.Extract(TestFrames.Incident(spiked));

        Assert.InRange(features["cpu_rise_unexplained"], 0.9, 1.1);
        Assert.InRange(features["cost_per_request_change"], 0.9, 1.1);
        Assert.InRange(features["load_ratio"], 0.95, 1.05);
    }

    [Fact]
    public void Extract_SurgeThroughAServiceWithATrickleOfRequests_CostPerRequestUnchanged()
    {
        // A batch worker: a few requests a minute, each costly. Its request rate sits under the negligible
        // level, where a floored baseline would make ×3 requests read as ×0.2 and its CPU per request as ×16.
        var surge = TestFrames.Build(services: 4, loadMultiplier: 3);
        var builder = new MetricFrameBuilder(surge.Timestamps);
        foreach (var (name, kind, values) in surge.AllSeries())
        {
            builder.Set(name, kind, values);
        }

        var level = surge.Timestamps.Select(t => t >= TestFrames.Onset ? 3.0 : 1.0).ToArray();
        builder.Set("worker", Signal.Load, level.Select(l => 0.05 * l).ToArray())
            .Set("worker", Signal.Cpu, level.Select(l => 0.3 * l).ToArray());

        var features = _extractor.Extract(TestFrames.Incident(builder.Build()));

        Assert.InRange(features["cost_per_request_change"], 0.9, 1.1);
        Assert.InRange(features["load_ratio"], 2.8, 3.2);
    }

    [Fact]
    public void Extract_NearlyIdleServiceTwitches_CpuRiseStaysSmall()
    {
        var frame = WithIdleService(TestFrames.Build(services: 4), before: 1e-6, after: 1e-4);

        var features = _extractor.Extract(TestFrames.Incident(frame));

        Assert.InRange(features["cpu_rise_unexplained"], 0.9, 1.1);
    }

    [Fact]
    public void Extract_NearlyIdleServiceBurnsCpu_CpuRiseIsLarge()
    {
        var frame = WithIdleService(TestFrames.Build(services: 4), before: 1e-6, after: 0.5);

        var features = _extractor.Extract(TestFrames.Incident(frame));

        Assert.True(features["cpu_rise_unexplained"] > 10, $"cpu_rise_unexplained {features["cpu_rise_unexplained"]}");
    }

    [Fact]
    public void Extract_SuddenStep_HasHigherOnsetGradientThanRamp()
    {
        var sudden = TestFrames.Incident(TestFrames.Build(services: 4, loadMultiplier: 3));
        var gradual = TestFrames.Incident(TestFrames.Build(services: 4, loadMultiplier: 3, rampSamples: 40));

        var jump = _extractor.Extract(sudden)["onset_gradient"];
        var ramp = _extractor.Extract(gradual)["onset_gradient"];

        Assert.True(jump > 0.9, $"sudden onset_gradient {jump}");
        Assert.True(ramp < 0.2, $"ramp onset_gradient {ramp}");
    }

    [Fact]
    public void Extract_NaNGaps_AreIgnored()
    {
        var whole = TestFrames.Build(services: 6, loadMultiplier: 2, seed: 7);
        var gappy = WithGaps(whole, every: 5);

        var expected = _extractor.Extract(TestFrames.Incident(whole));
        var actual = _extractor.Extract(TestFrames.Incident(gappy));

        Assert.All(actual.Values, v => Assert.True(float.IsFinite(v)));
        Assert.Equal(expected["load_ratio"], actual["load_ratio"], 1);
        Assert.Equal(expected["cost_per_request_change"], actual["cost_per_request_change"], 1);
        Assert.Equal(expected["global_load_ratio"], actual["global_load_ratio"], 2);
        Assert.Equal(expected["cpu_request_correlation"], actual["cpu_request_correlation"], 1);
    }

    [Fact]
    public void Extract_OnsetOutsideFrame_SplitsAtHalf()
    {
        var frame = TestFrames.Build(services: 4, loadMultiplier: 2);
        var incident = TestFrames.Incident(frame, onset: TestFrames.Start.AddDays(2));

        var features = _extractor.Extract(incident);

        Assert.InRange(features["load_ratio"], 1.9, 2.1);
    }

    [Fact]
    public void Extract_OnlyLatencyMeasured_GivesDocumentedDefaults()
    {
        var builder = new MetricFrameBuilder(TestFrames.Axis());
        builder.Set("a", Signal.Latency, Enumerable.Repeat(0.1, TestFrames.Length).ToArray());

        var features = _extractor.Extract(TestFrames.Incident(builder.Build()));

        Assert.Equal(0.5f, features["global_load_ratio"]);
        Assert.Equal(0.5f, features["cpu_request_correlation"]);
        Assert.Equal(0.5f, features["cross_service_sync"]);
        Assert.Equal(0f, features["error_rate_delta"]);
        Assert.Equal(0.5f, features["latency_cpu_correlation"]);
        Assert.Equal(0.5f, features["memory_trend_uniformity"]);
        Assert.Equal(1f, features["load_ratio"]);
        Assert.Equal(1f, features["cost_per_request_change"]);
        Assert.Equal(0f, features["error_ratio_change"]);
        Assert.Equal(1f, features["latency_ratio"]);
        Assert.Equal(0, features["detector_score"], 6);
        Assert.Equal(1f, features["cpu_rise_unexplained"]);
        Assert.Equal(1f, features["latency_rise_unexplained"]);
        Assert.Equal(1f, features["min_load_ratio"]);
    }

    [Fact]
    public void Extract_EmptyFrame_GivesDocumentedDefaults()
    {
        var frame = new MetricFrameBuilder([]).Build();

        var features = _extractor.Extract(TestFrames.Incident(frame));

        Assert.Equal(0.5f, features["onset_gradient"]);
        Assert.Equal(0f, features["peak_duration"]);
        Assert.Equal(0f, features["cascade_score"]);
        Assert.Equal(0.5f, features["recovery_indicator"]);
        Assert.Equal(0f, features["affected_service_ratio"]);
        Assert.Equal((float)(Math.Log(2) / 3), features["variance_change_ratio"]);
    }

    private static MetricFrame Scaled(MetricFrame frame, string service, Signal signal, double factor,
        int from = TestFrames.OnsetIndex, int to = int.MaxValue)
    {
        var builder = new MetricFrameBuilder(frame.Timestamps);
        foreach (var (name, kind, values) in frame.AllSeries())
        {
            var hit = name == service && kind == signal;
            builder.Set(name, kind, values.Select((v, i) => hit && i >= from && i < to ? v * factor : v).ToArray());
        }

        return builder.Build();
    }

    /// <summary>The frame plus a service with a flat request rate whose CPU steps from one level to another.</summary>
    private static MetricFrame WithIdleService(MetricFrame frame, double before, double after)
    {
        var builder = new MetricFrameBuilder(frame.Timestamps);
        foreach (var (name, kind, values) in frame.AllSeries())
        {
            builder.Set(name, kind, values);
        }

        var onset = frame.IndexAt(TestFrames.Onset);
        builder.Set("idle", Signal.Load, Enumerable.Repeat(0.01, frame.Length).ToArray());
        var cpu = Enumerable.Range(0, frame.Length).Select(i => i < onset ? before : after).ToArray();
        builder.Set("idle", Signal.Cpu, cpu);
        return builder.Build();
    }

    private static MetricFrame WithGaps(MetricFrame frame, int every)
    {
        var builder = new MetricFrameBuilder(frame.Timestamps);
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            builder.Set(service, signal, values.Select((v, i) => i % every == 2 ? double.NaN : v).ToArray());
        }

        return builder.Build();
    }
}
