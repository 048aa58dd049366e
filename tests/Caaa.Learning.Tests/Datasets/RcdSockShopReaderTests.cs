using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class RcdSockShopReaderTests
{
    [Fact]
    public void Read_RealData_FiftyCasesEachWithANormalStretch()
    {
        var cases = RealData.Rcd;

        Assert.Equal(50, cases.Incidents.Count);
        Assert.Equal(50, cases.NormalStretches.Count);
        Assert.Equal(50, cases.Incidents.Select(i => i.Group).Distinct().Count());
        Assert.All(cases.Incidents, i => Assert.Equal("sock-shop", i.System));
    }

    [Fact]
    public void Read_RealData_NormalPartIsRetimedToEndBeforeTheAnomalousStart()
    {
        var incident = RealData.Rcd.Incidents.Single(i => i.Id == "rcd-sockshop-carts-cpu-1");

        var onsetIndex = incident.Frame.IndexAt(incident.Onset);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1652812675), incident.Onset);
        Assert.Equal(incident.Onset, incident.Frame.Timestamps[onsetIndex]);
        Assert.InRange(onsetIndex, 25, 33);
        Assert.Equal(TimeSpan.FromSeconds(5), incident.Frame.Timestamps[1] - incident.Frame.Timestamps[0]);
        Assert.Equal("carts", incident.RootService);
        Assert.NotNull(incident.Frame["carts", Signal.Load]);
        Assert.NotNull(incident.Frame["carts", Signal.Latency]);
        Assert.Null(incident.Frame["carts", Signal.Errors]);
    }

    [Fact]
    public void Read_RealData_FaultWindowHasTheNormalStretchLengthWithOnsetInTheMiddle()
    {
        var cases = RealData.Rcd;

        Assert.All(cases.Incidents, incident =>
        {
            var stretch = cases.NormalStretches.Single(s => s.Group == incident.Group);
            Assert.InRange(incident.Frame.Length, stretch.Frame.Length - 1, stretch.Frame.Length);
            Assert.Equal(stretch.Frame.Length / 2, incident.Frame.IndexAt(incident.Onset));
        });
    }

    [Fact]
    public void Read_RealData_NormalStretchSharesTheFaultsTimeAxisAndEndsBeforeOnset()
    {
        var incident = RealData.Rcd.Incidents.Single(i => i.Id == "rcd-sockshop-carts-cpu-1");
        var stretch = RealData.Rcd.NormalStretches.Single(s => s.Group == incident.Group);

        var before = stretch.Frame.Length / 2;

        Assert.True(stretch.Frame.Timestamps[^1] < incident.Onset);
        Assert.True(incident.Onset - stretch.Frame.Timestamps[0] < TimeSpan.FromMinutes(10));
        Assert.Equal(incident.Frame.Timestamps[0], stretch.Frame.Timestamps[stretch.Frame.Length - before]);
    }

    [Fact]
    public void Read_RealData_CpuFaultShowsInTheRootServiceCpu()
    {
        var incident = RealData.Rcd.Incidents.Single(i => i.Id == "rcd-sockshop-carts-cpu-1");
        var cpu = incident.Frame["carts", Signal.Cpu]!;
        var onset = incident.Frame.IndexAt(incident.Onset);

        var before = cpu[..onset].Average();
        var after = cpu[onset..].Average();

        Assert.True(after > 5 * before, $"before {before}, after {after}");
    }
}
