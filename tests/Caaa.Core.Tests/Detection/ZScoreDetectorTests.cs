using Caaa.Core.Detection;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Detection;

public sealed class ZScoreDetectorTests
{
    private readonly ZScoreDetector _detector = new();

    [Fact]
    public void Score_StepAfterOnset_ScoresAgainstBaseline()
    {
        var values = Enumerable.Range(0, TestFrames.Length)
            .Select(i => i < TestFrames.OnsetIndex ? (i % 2 == 0 ? 9.0 : 11.0) : 20.0)
            .ToArray();
        var frame = new MetricFrameBuilder(TestFrames.Axis()).Set("cart", Signal.Latency, values).Build();

        var score = _detector.Score(frame, TestFrames.Onset);

        var series = Assert.Single(score.Series);
        Assert.Equal(10, series.BaselineMean, 6);
        Assert.Equal(10 / Math.Sqrt(120.0 / 119), series.PeakZ, 3);
        Assert.Equal(TestFrames.OnsetIndex, series.FirstAnomaly);
        Assert.Equal(TestFrames.Length - 1, series.LastAnomaly);
        Assert.True(series.IsAnomalous);
    }

    [Fact]
    public void Score_FlatZeroErrors_UsesHalfPercentFloor()
    {
        var values = Enumerable.Range(0, TestFrames.Length)
            .Select(i => i < TestFrames.OnsetIndex ? 0 : 0.05)
            .ToArray();
        var frame = new MetricFrameBuilder(TestFrames.Axis()).Set("cart", Signal.Errors, values).Build();

        var score = _detector.Score(frame, TestFrames.Onset);

        Assert.Equal(10, score.Max, 6);
    }

    [Fact]
    public void Score_HugeJump_IsCapped()
    {
        var values = Enumerable.Range(0, TestFrames.Length).Select(i => i < TestFrames.OnsetIndex ? 1.0 : 1e12).ToArray();
        var frame = new MetricFrameBuilder(TestFrames.Axis()).Set("cart", Signal.Cpu, values).Build();

        var score = _detector.Score(frame, TestFrames.Onset);

        Assert.Equal(ZScoreDetector.MaximumZ, score.Max);
    }

    [Fact]
    public void Score_NoChange_NothingAnomalous()
    {
        var frame = TestFrames.Build(services: 5);

        var score = _detector.Score(frame, TestFrames.Onset);

        Assert.Empty(score.Anomalous);
        Assert.InRange(score.Max, 0, 3);
    }

    [Fact]
    public void Top_CpuFault_NamesFaultySeriesFirst()
    {
        var frame = TestFrames.Build(services: 6, cpuFaults: ["service03"]);

        var top = _detector.Score(frame, TestFrames.Onset).Top(2);

        Assert.All(top, s => Assert.Equal("service03", s.Service));
        Assert.Contains(top, s => s.Signal == Signal.Cpu);
    }
}
