using Caaa.Core.Attribution;
using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class NezhaReaderTests
{
    [Theory]
    [InlineData("nezha-ob-2022-08-22", 24)]
    [InlineData("nezha-ob-2022-08-23", 32)]
    [InlineData("nezha-tt-2023-01-29", 28)]
    public void Read_RealData_FaultsPerDayMatchProvenance(string prefix, int expected)
    {
        var faults = RealData.Nezha.Incidents;

        var count = faults.Count(f => f.Id.StartsWith(prefix + "-f", StringComparison.Ordinal));

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Read_RealData_OnsetsFollowInjectTimeNotTheShiftedTimestamp()
    {
        var first = RealData.Nezha.Incidents.Single(f => f.Id == "nezha-tt-2023-01-29-f01");

        Assert.Equal(new DateTimeOffset(2023, 1, 29, 8, 43, 4, TimeSpan.Zero), first.Onset);
        Assert.Equal("train-ticket", first.System);
        Assert.Equal("ts-contacts-service", first.RootService);
        Assert.Equal(AttributionClass.Fault, first.Label);
        Assert.Equal(first.Id, first.Group);
    }

    [Fact]
    public void Read_RealData_WindowsStopAtNeighbouringFaults()
    {
        var faults = RealData.Nezha.Incidents.Where(f => f.Id.StartsWith("nezha-ob-2022-08-22", StringComparison.Ordinal))
            .OrderBy(f => f.Onset).ToArray();

        for (var i = 1; i < faults.Length; i++)
        {
            var overlaps = faults[i].Origin!.Contains("overlaps", StringComparison.Ordinal);
            Assert.Equal(!overlaps, faults[i].Frame.Timestamps[0] >= faults[i - 1].Onset + TimeSpan.FromMinutes(6));
            Assert.True(faults[i - 1].Frame.Timestamps[^1] < faults[i].Onset, faults[i - 1].Id);
        }
    }

    [Fact]
    public void Read_RealData_WindowsHoldSamplesBeforeAndAfterOnset()
    {
        var faults = RealData.Nezha.Incidents;

        Assert.All(faults, f =>
        {
            Assert.True(f.Frame.IndexAt(f.Onset) >= 2, $"{f.Id} has no baseline");
            Assert.True(f.Frame.Length - f.Frame.IndexAt(f.Onset) >= 3, $"{f.Id} has too little after onset");
        });
    }

    [Fact]
    public void Read_TrainTicketLatencyNaN_BecomesGapsNotZeros()
    {
        var frame = NezhaReader.ReadDayFrame(Path.Combine(TestPaths.Data, "nezha", "rca_data", "2023-01-29"), out _);

        var latency = frame["ts-auth-service", Signal.Latency]!;

        Assert.Contains(latency, double.IsNaN);
        Assert.DoesNotContain(latency, v => v == 0);
        Assert.Contains(latency, v => v > 0);
    }

    [Fact]
    public void Read_OnlineBoutique_AggregatesPodsToServicesWithCallGraph()
    {
        var frame = NezhaReader.ReadDayFrame(Path.Combine(TestPaths.Data, "nezha", "rca_data", "2022-08-22"), out var graph);

        Assert.Contains("frontend", frame.Services);
        Assert.DoesNotContain(frame.Services, s => s.Contains("579b9bff58", StringComparison.Ordinal));
        Assert.Equal(["frontend"], graph.EntryServices());
        Assert.Contains("cartservice", graph.Callees("frontend").Keys);
        Assert.NotNull(frame["frontend", Signal.Errors]);
        Assert.Null(frame["cartservice", Signal.Errors]);
        Assert.Equal(TimeSpan.FromSeconds(60), frame.Timestamps[1] - frame.Timestamps[0]);
    }

    [Fact]
    public void Read_RealData_NormalStretchesHaveNoInjectionInOrJustBeforeThem()
    {
        var faults = RealData.Nezha.Incidents;

        var stretches = RealData.Nezha.NormalStretches;

        Assert.NotEmpty(stretches);
        Assert.All(stretches, s =>
        {
            var start = s.Frame.Timestamps[0];
            var end = s.Frame.Timestamps[^1];
            Assert.DoesNotContain(faults, f => f.System == s.System && f.Onset >= start - TimeSpan.FromMinutes(10)
                && f.Onset <= end);
        });
    }

    [Fact]
    public void Read_MalformedTime_NamesFileLineAndColumn()
    {
        var dir = Path.Combine(TestPaths.Fixtures, "bad-nezha");

        var error = Assert.Throws<DatasetFormatException>(() => new NezhaReader().Read(dir));

        Assert.EndsWith("cartservice-579f59597d-wc2lz_metric.csv", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal("Time", error.Column);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
