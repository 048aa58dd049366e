using Caaa.Core.Metrics;
using Caaa.Learning.Torch;

namespace Caaa.Learning.Tests.Torch;

public sealed class LstmWindowingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromFrame_TenSamplesLengthFour_GivesTwoWindowsOfFiveFeatures()
    {
        var frame = Frame(10, b => b.Set("cart", Signal.Cpu, Ramp(10)));

        var windows = LstmWindowing.FromFrame(frame, length: 4);

        Assert.Equal(2, windows.Count);
        Assert.All(windows, w => Assert.Equal((4, 5), (w.GetLength(0), w.GetLength(1))));
    }

    [Fact]
    public void FromFrame_Stride_OverlapsWindows()
    {
        var frame = Frame(10, b => b.Set("cart", Signal.Cpu, Ramp(10)));

        var windows = LstmWindowing.FromFrame(frame, length: 4, stride: 2);

        Assert.Equal(4, windows.Count);
        Assert.Equal(windows[0][2, 0], windows[1][0, 0]);
    }

    [Fact]
    public void FromFrame_TwoServices_AveragesTheirZScores()
    {
        var frame = Frame(4, b => b
            .Set("cart", Signal.Load, [1, 2, 3, 4])
            .Set("checkout", Signal.Load, [400, 300, 200, 100]));

        var window = LstmWindowing.FromFrame(frame, length: 4).Single();

        var load = (int)Signal.Load;
        Assert.All(Enumerable.Range(0, 4), t => Assert.Equal(0f, window[t, load], precision: 5));
    }

    [Fact]
    public void FromFrame_OneService_GivesItsZScoresAndZeroForMissingSignals()
    {
        var frame = Frame(4, b => b.Set("cart", Signal.Latency, [1, 2, 3, 4]));

        var window = LstmWindowing.FromFrame(frame, length: 4).Single();

        // Population deviation of 1..4 is sqrt(1.25); the first sample is 1.5 below the mean of 2.5.
        Assert.Equal((float)(-1.5 / Math.Sqrt(1.25)), window[0, (int)Signal.Latency], precision: 5);
        Assert.Equal(0f, window[0, (int)Signal.Cpu]);
        Assert.Equal(0f, window[3, (int)Signal.Errors]);
    }

    [Fact]
    public void FromFrame_GapInEveryService_RepeatsThePreviousStep()
    {
        var frame = Frame(4, b => b.Set("cart", Signal.Memory, [1, double.NaN, 3, 5]));

        var window = LstmWindowing.FromFrame(frame, length: 4).Single();

        var memory = (int)Signal.Memory;
        Assert.Equal(window[0, memory], window[1, memory]);
        Assert.All(Enumerable.Range(0, 4), t => Assert.True(float.IsFinite(window[t, memory])));
    }

    [Fact]
    public void FromFrame_FrameShorterThanWindow_GivesNoWindows()
    {
        var frame = Frame(3, b => b.Set("cart", Signal.Cpu, [1, 2, 3]));

        var windows = LstmWindowing.FromFrame(frame, length: 4);

        Assert.Empty(windows);
    }

    [Fact]
    public void FromFrame_LengthBelowTwo_Throws()
    {
        var frame = Frame(3, b => b.Set("cart", Signal.Cpu, [1, 2, 3]));

        Assert.Throws<ArgumentOutOfRangeException>(() => LstmWindowing.FromFrame(frame, length: 1));
    }

    private static double[] Ramp(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();

    private static MetricFrame Frame(int samples, Func<MetricFrameBuilder, MetricFrameBuilder> fill)
    {
        var timestamps = Enumerable.Range(0, samples).Select(i => Start.AddSeconds(15 * i)).ToArray();
        return fill(new MetricFrameBuilder(timestamps)).Build();
    }
}
