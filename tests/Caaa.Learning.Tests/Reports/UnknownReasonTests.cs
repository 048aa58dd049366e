using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Reports;
using Caaa.Learning.Tests.Evaluation;

namespace Caaa.Learning.Tests.Reports;

public sealed class UnknownReasonTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"caaa-reasons-{Guid.NewGuid():N}.csv");

    [Fact]
    public void Decide_LoadThatDidNotRise_GivesTheLoadRailAsReason()
    {
        var policy = VerdictPolicy.With(0.6, 2);
        var flat = TestCases.Make("flat", AttributionClass.Fault, features: new Dictionary<string, float>
        {
            ["load_ratio"] = 1.0f,
        }).Features;

        var (verdict, confidence, reason, rule) = policy.Decide(SaysLoad(0.95), flat);

        Assert.Equal(AttributionClass.Unknown, verdict);
        Assert.Equal(0.95, confidence, 3);
        Assert.Equal("load rail", rule);
        Assert.StartsWith("load rail: request rate ×1.00 < ×1.20", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_LoadFarBeyondTheCostRail_FaultUnlessTheMarginIsOff()
    {
        var costly = TestCases.Make("costly", AttributionClass.Fault, features: new Dictionary<string, float>
        {
            ["load_ratio"] = 2.0f,
            ["cost_per_request_change"] = 4.0f,
        }).Features;

        var (withMargin, _, reason, rule) = VerdictPolicy.With(0.6, 2).Decide(SaysLoad(0.9), costly);
        var (withoutMargin, _, _, withoutRule) = VerdictPolicy.With(0.6, 0).Decide(SaysLoad(0.9), costly);

        Assert.Equal(AttributionClass.Fault, withMargin);
        Assert.Equal("far beyond load (cost rail)", rule);
        Assert.Equal("cost rail", withoutRule);
        Assert.Contains("cost rail ×2: CPU per request ×4.00 > ×3.00, far beyond load: FAULT", reason, StringComparison.Ordinal);
        Assert.Equal(AttributionClass.Unknown, withoutMargin);
    }

    [Fact]
    public void Decide_ModelUnsure_GivesTheThresholdAsReason()
    {
        var policy = VerdictPolicy.With(0.6, 2);
        var surge = new float[FeatureNames.All.Count];
        surge[FeatureNames.IndexOf("load_ratio")] = 1.5f;

        var (verdict, _, reason, rule) = policy.Decide(SaysLoad(0.45), new FeatureVector(surge));

        Assert.Equal(AttributionClass.Unknown, verdict);
        Assert.Equal("below the confidence threshold", rule);
        Assert.Equal("confidence 0.55 below threshold 0.60", reason);
    }

    [Fact]
    public void Decide_UnsureFaultWithoutSurgeUnlessOffOrUnmeasured_FaultSayingNoSurge()
    {
        var flat = new FeatureVector(new float[FeatureNames.All.Count]);

        var (on, _, reason, rule) = VerdictPolicy.With(0.6, 2).Decide(SaysLoad(0.45), flat);
        var (off, _, _, _) = VerdictPolicy.With(0.6, 2, faultWithoutSurge: false).Decide(SaysLoad(0.45), flat);
        var (unmeasured, _, _, _) = VerdictPolicy.With(0.6, 2).Decide(SaysLoad(0.45), flat, requestRateMeasured: false);

        Assert.Equal(AttributionClass.Fault, on);
        Assert.Equal("no surge", rule);
        Assert.Contains("no surge: request rate ×0.00 < ×1.20 and the model leans FAULT: FAULT", reason,
            StringComparison.Ordinal);
        Assert.Equal(AttributionClass.Unknown, off);
        Assert.Equal(AttributionClass.Unknown, unmeasured);
    }

    [Fact]
    public void Write_Evaluation_PredictionsAndReportGiveEachUnknownItsReason()
    {
        var result = ReportFixture.Result();

        PredictionsCsv.Write(_output, result);
        var text = MarkdownReport.Build(result, new ReportContext("data", 1.0));

        var lines = File.ReadAllLines(_output);
        Assert.Equal("id,system,fold,origin,truth,predicted,confidence,reason", lines[0]);
        var unknown = result.Model.Verdicts.Where(v => v.Predicted == AttributionClass.Unknown).ToList();
        Assert.All(unknown, v => Assert.False(string.IsNullOrEmpty(v.Reason)));
        Assert.All(unknown, v => Assert.NotNull(v.Rule));
        Assert.Equal(unknown.Count > 0, text.Contains("## Why UNKNOWN", StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(_output);

    private static Dictionary<AttributionClass, double> SaysLoad(double load) => new()
    {
        [AttributionClass.ExpectedLoad] = load,
        [AttributionClass.Fault] = 1 - load,
    };
}
