using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Features;

public sealed class ContextFeaturesTests
{
    private static readonly string Faulty = TestFrames.ServiceName(2);

    private readonly FeatureExtractor _extractor = new();

    [Fact]
    public void Extract_EventOverAffectedService_IsActiveWithAnnouncedImpact()
    {
        var context = new IncidentContext([TestFrames.Calendar("Spring sale", 3.5, Faulty)]);

        var features = Extract(context);

        Assert.Equal(1f, features["event_active"]);
        Assert.Equal(3.5f, features["event_expected_impact"]);
    }

    [Fact]
    public void Extract_EventWithoutMultiplier_ImpactIsOne()
    {
        var context = new IncidentContext([TestFrames.Calendar("Batch import")]);

        var features = Extract(context);

        Assert.Equal(1f, features["event_active"]);
        Assert.Equal(1f, features["event_expected_impact"]);
    }

    [Fact]
    public void Extract_EventForUnaffectedService_IsNotActive()
    {
        var context = new IncidentContext([TestFrames.Calendar("Spring sale", 3, TestFrames.ServiceName(0))]);

        var features = Extract(context);

        Assert.Equal(0f, features["event_active"]);
        Assert.Equal(0f, features["event_expected_impact"]);
    }

    [Fact]
    public void Extract_DeploymentFiveMinutesBefore_DecaysExponentially()
    {
        var context = new IncidentContext([TestFrames.Deployment("v2", TimeSpan.FromMinutes(5))]);

        var features = Extract(context);

        Assert.Equal(Math.Exp(-0.5), features["recent_deployment"], 5);
    }

    [Fact]
    public void Extract_DeploymentOutsideWindow_DoesNotCount()
    {
        var context = new IncidentContext(
        [
            TestFrames.Deployment("old", TimeSpan.FromMinutes(40)),
            TestFrames.Deployment("after", TimeSpan.FromMinutes(-5)),
        ]);

        var features = Extract(context);

        Assert.Equal(0f, features["recent_deployment"]);
    }

    [Theory]
    [InlineData(true, true, 1.0)]
    [InlineData(true, false, 0.7)]
    [InlineData(false, true, 0.5)]
    [InlineData(false, false, 0.2)]
    public void Extract_ContextCompleteness_SetsConfidence(bool complete, bool withEvent, double expected)
    {
        var events = withEvent ? new[] { TestFrames.Calendar("sale") } : [];

        var features = Extract(new IncidentContext(events, complete));

        Assert.Equal(expected, features["context_confidence"], 5);
    }

    [Theory]
    [InlineData("2026-03-04T10:00:00Z", 1.0)]
    [InlineData("2026-03-04T03:00:00Z", 0.3)]
    [InlineData("2026-03-07T12:00:00Z", 0.8)]
    [InlineData("2026-03-09T01:30:00+02:00", 0.24)]
    public void TimeSeasonality_UtcHourAndWeekday_MatchesPrior(string onset, double expected)
    {
        var seasonality = ContextFeatures.TimeSeasonality(DateTimeOffset.Parse(onset, null));

        Assert.Equal(expected, seasonality, 5);
    }

    private FeatureVector Extract(IncidentContext context)
    {
        var frame = TestFrames.Build(services: 5, cpuFaults: [Faulty]);
        return _extractor.Extract(TestFrames.Incident(frame, context));
    }
}
