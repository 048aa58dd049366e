using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class BaselineTests
{
    [Fact]
    public void EverythingIsAFault_AnyCase_Fault()
    {
        var surge = TestCases.Make("x", AttributionClass.ExpectedLoad, features: Load(3, 0, 1));

        Assert.Equal(AttributionClass.Fault, new EverythingIsAFaultBaseline().Predict(surge));
    }

    [Fact]
    public void CalendarOnly_EventCoversOnset_ExpectedLoadWhateverTheMetrics()
    {
        var context = TestCases.Calendar(TestCases.Onset.AddHours(-1), TestCases.Onset.AddHours(1));
        var faultDuringSale = TestCases.Make("x", AttributionClass.Fault, context: context);

        Assert.Equal(AttributionClass.ExpectedLoad, new CalendarOnlyBaseline().Predict(faultDuringSale));
    }

    [Fact]
    public void CalendarOnly_EventEndedBeforeOnset_Fault()
    {
        var context = TestCases.Calendar(TestCases.Onset.AddHours(-2), TestCases.Onset.AddMinutes(-1));
        var unannounced = TestCases.Make("x", AttributionClass.ExpectedLoad, context: context);

        Assert.Equal(AttributionClass.Fault, new CalendarOnlyBaseline().Predict(unannounced));
    }

    [Theory]
    [InlineData(2.0f, 0.0f, 1.0f, AttributionClass.ExpectedLoad)]
    [InlineData(1.2f, 0.0f, 1.0f, AttributionClass.Fault)]
    [InlineData(2.0f, 0.1f, 1.0f, AttributionClass.Fault)]
    [InlineData(2.0f, 0.0f, 2.0f, AttributionClass.Fault)]
    public void SimpleRule_Thresholds_DecideAsDocumented(
        float loadRatio,
        float errorChange,
        float costChange,
        AttributionClass expected)
    {
        var incident = TestCases.Make("x", AttributionClass.Fault, features: Load(loadRatio, errorChange, costChange));

        Assert.Equal(expected, new SimpleRuleBaseline().Predict(incident));
    }

    [Fact]
    public void ContextOnlyFeatures_Neutralise_KeepsOnlyTheFiveContextFeatures()
    {
        var features = Load(3, 0.5f, 2);
        features["event_active"] = 1;
        features["recent_deployment"] = 0.4f;
        var incident = TestCases.Make("x", AttributionClass.Fault, features: features);

        var neutral = ContextOnlyFeatures.Neutralise(incident.Features);

        Assert.Equal(1, neutral["event_active"]);
        Assert.Equal(0.4f, neutral["recent_deployment"]);
        Assert.Equal(0, neutral["load_ratio"]);
        Assert.Equal(0, neutral["error_ratio_change"]);
        Assert.All(
            FeatureNames.All.Where(n => !FeatureNames.Context.Contains(n)),
            name => Assert.Equal(0, neutral[name]));
    }

    private static Dictionary<string, float> Load(float loadRatio, float errorChange, float costChange) => new()
    {
        ["load_ratio"] = loadRatio,
        ["error_ratio_change"] = errorChange,
        ["cost_per_request_change"] = costChange,
    };
}
