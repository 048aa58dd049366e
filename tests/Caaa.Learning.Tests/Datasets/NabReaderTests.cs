using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class NabReaderTests
{
    [Fact]
    public void Read_RealData_KnownCausesBecomeFaultAndExpectedLoadIncidents()
    {
        var incidents = NabReader.Read(Path.Combine(TestPaths.Data, "nab"));

        Assert.Equal(15, incidents.Count);
        Assert.Equal(10, incidents.Count(i => i.Label == AttributionClass.Fault));
        Assert.Equal(5, incidents.Count(i => i.Label == AttributionClass.ExpectedLoad));
        Assert.All(incidents, i => Assert.Equal("nab", i.System));
    }

    [Fact]
    public void Read_NycTaxiMarathon_IsLoadWithACoveringCalendarEvent()
    {
        var marathon = NabReader.Read(Path.Combine(TestPaths.Data, "nab")).Single(i => i.Id == "nab-nyc_taxi-01");

        var calendar = Assert.Single(marathon.Context.Events);

        Assert.Equal(AttributionClass.ExpectedLoad, marathon.Label);
        Assert.Equal(ContextEventKind.Calendar, calendar.Kind);
        Assert.True(calendar.Covers(marathon.Onset));
        Assert.Equal(new DateTimeOffset(2014, 11, 1, 19, 0, 0, TimeSpan.Zero), marathon.Onset);
        Assert.NotNull(marathon.Frame["nyc_taxi", Signal.Load]);
        Assert.True(marathon.Frame.IndexAt(marathon.Onset) > 0);
    }
}
