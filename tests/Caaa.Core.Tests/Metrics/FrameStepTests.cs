using Caaa.Core.Features;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Metrics;

public sealed class FrameStepTests
{
    private static readonly TimeSpan Step = FrameStep.Analysis;
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Align_FrameAlreadyOnTheGrid_ReturnsItUnchanged()
    {
        var frame = Frame(TimeSpan.FromSeconds(15), 40, i => i, offset: TimeSpan.Zero);

        var aligned = FrameStep.Align(frame, Step);

        Assert.Same(frame, aligned);
    }

    [Fact]
    public void Align_OneSecondSamples_TakesTheSampleAtEachGridInstant()
    {
        var frame = Frame(TimeSpan.FromSeconds(1), 100, i => i, offset: TimeSpan.FromSeconds(3));

        var aligned = FrameStep.Align(frame, Step);

        // Samples at t0+3 s … t0+102 s; grid instants t0+15 s … t0+90 s hold the sample of that second.
        Assert.Equal(6, aligned.Length);
        Assert.Equal(Start + TimeSpan.FromSeconds(15), aligned.Timestamps[0]);
        Assert.Equal([12, 27, 42, 57, 72, 87], aligned["svc", Signal.Load]!);
    }

    [Fact]
    public void Align_MinuteSamplesOffTheBeat_RepeatTheLatestSampleUntilTheNext()
    {
        var frame = Frame(TimeSpan.FromMinutes(1), 3, i => 10 * (i + 1), offset: TimeSpan.FromSeconds(10));

        var aligned = FrameStep.Align(frame, Step);

        // Samples at 0:10, 1:10, 2:10; grid 0:15 … 2:00.
        Assert.Equal([10, 10, 10, 10, 20, 20, 20, 20], aligned["svc", Signal.Load]!);
    }

    [Fact]
    public void Align_GapLongerThanTheLookback_IsNaNOnceTheSampleIsStale()
    {
        var values = new double[12];
        Array.Fill(values, double.NaN);
        values[0] = 5;
        values[11] = 7;
        var frame = Frame(TimeSpan.FromMinutes(1), 12, i => values[i], offset: TimeSpan.Zero);

        var aligned = FrameStep.Align(frame, Step);

        var series = aligned["svc", Signal.Load]!;
        Assert.Equal(5, series[0]);
        Assert.Equal(5, series[20]); // exactly the 5-minute lookback: still fresh, as in Prometheus
        Assert.True(double.IsNaN(series[21]));
        Assert.Equal(7, series[^1]);
    }

    [Fact]
    public void Extract_SameIncidentAtOneMinuteAndAsPrometheusReturnsIt_SameFeatures()
    {
        // The offline frame (dataset resolution) and the online frame (a 15 s range query over the same
        // samples) must give the model the same vector: otherwise it is judged on what it never learnt.
        var offline = TestFrames.Incident(TestFrames.Build(8, loadMultiplier: 2.5, rampSamples: 6));
        var online = offline with { Frame = PrometheusView(offline.Frame) };
        var extractor = new FeatureExtractor();

        var offlineFeatures = extractor.Extract(offline).Values;
        var onlineFeatures = extractor.Extract(online).Values;

        for (var i = 0; i < offlineFeatures.Length; i++)
        {
            Assert.True(Math.Abs(offlineFeatures[i] - onlineFeatures[i]) <= 1e-6,
                $"{FeatureNames.All[i]}: offline {offlineFeatures[i]} online {onlineFeatures[i]}");
        }
    }

    private static MetricFrame Frame(
        TimeSpan spacing,
        int length,
        Func<int, double> value,
        TimeSpan offset)
    {
        var axis = Enumerable.Range(0, length).Select(i => Start + offset + (spacing * i)).ToArray();
        return new MetricFrameBuilder(axis)
            .Set("svc", Signal.Load, Enumerable.Range(0, length).Select(value).ToArray())
            .Build();
    }

    /// <summary>What a 15 s query_range returns for the samples of <paramref name="frame"/>.</summary>
    private static MetricFrame PrometheusView(MetricFrame frame)
    {
        var first = frame.Timestamps[0];
        var grid = Enumerable.Range(0, (int)((frame.Timestamps[^1] - first) / Step) + 1)
            .Select(i => first + (Step * i)).ToArray();
        var builder = new MetricFrameBuilder(grid);
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            builder.Set(service, signal, grid.Select(t => values[frame.IndexAt(t + TimeSpan.FromTicks(1)) - 1])
                .ToArray());
        }

        return builder.Build();
    }
}
