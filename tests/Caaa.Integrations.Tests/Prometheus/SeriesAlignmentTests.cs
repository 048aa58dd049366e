using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class SeriesAlignmentTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeSeconds(1_772_445_600);

    [Fact]
    public void C16_Align_GapsStayMissingAtTheirOwnTimes()
    {
        var result = QueryRangeReader.Parse(SharedFiles.ReadCase("C16.json"));

        var aligned = SeriesAlignment.Align(result.Series);

        var errors = aligned.Values[1];
        Assert.Equal(6, aligned.Timestamps.Count);
        Assert.True(double.IsNaN(errors[aligned.Timestamps.ToList().IndexOf(T0.AddSeconds(180))]));
        Assert.True(double.IsNaN(errors[aligned.Timestamps.ToList().IndexOf(T0.AddSeconds(240))]));
        Assert.Equal(3, errors[aligned.Timestamps.ToList().IndexOf(T0.AddSeconds(300))]);
    }

    [Fact]
    public void C16_CounterIncrease_ResetCountedNotNegative()
    {
        var result = QueryRangeReader.Parse(SharedFiles.ReadCase("C16.json"));

        var increase = SeriesAlignment.CounterIncrease(result.Series[1].Samples);

        Assert.Equal(8, increase);
    }

    [Fact]
    public void C16_Combine_ErrorRatioOnlyWhereBothSeriesExist()
    {
        var aligned = SeriesAlignment.Align(QueryRangeReader.Parse(SharedFiles.ReadCase("C16.json")).Series);

        var ratio = aligned.Combine(1, 0, (errors, ok) => errors / (errors + ok));

        Assert.Equal(4, ratio.Count(double.IsFinite));
        Assert.Equal(40.0 / 140.0, ratio[0], 12);
        Assert.True(double.IsNaN(ratio[3]));
    }

    [Fact]
    public void CounterIncrease_NonFiniteSamplesSkipped()
    {
        Sample[] samples = [new(T0, 1), new(T0.AddSeconds(60), double.NaN), new(T0.AddSeconds(120), 4)];

        var increase = SeriesAlignment.CounterIncrease(samples);

        Assert.Equal(3, increase);
    }
}
