using System.Text.Json;
using Caaa.Learning.Reports;

namespace Caaa.Learning.Tests.Reports;

public sealed class MetricsJsonTests
{
    private static readonly string[] RequiredKeys =
    [
        "protocol", "model", "cases", "accuracy", "f1_weighted", "fault_recall", "fp_rate_fault", "baseline_fp_rate",
        "fp_reduction", "unknown_rate", "per_system", "baselines", "context_only", "per_class", "confusion_matrix",
        "f1_cv_mean", "f1_cv_std", "faults_hidden", "seed", "load_ratio", "feature_importance", "data",
    ];

    [Fact]
    public void Build_SystemWithoutExpectedLoad_HasNoNaNAndEveryRequiredKey()
    {
        var result = ReportFixture.Result();

        var text = MetricsJson.Build(result, new ReportContext("data", 1.0)).ToJsonString();

        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.All(RequiredKeys, key => Assert.True(root.TryGetProperty(key, out _), key));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("per_system").GetProperty("nab").GetProperty("fp_rate_fault").ValueKind);
    }

    [Fact]
    public void Build_Baselines_CarryTheSameKeysAsTheModel()
    {
        var result = ReportFixture.Result();

        using var json = JsonDocument.Parse(MetricsJson.Build(result, new ReportContext("data", null)).ToJsonString());

        var baselines = json.RootElement.GetProperty("baselines");
        foreach (var name in new[] { "everything_is_a_fault", "calendar_only", "simple_rule" })
        {
            var baseline = baselines.GetProperty(name);
            foreach (var key in new[] { "accuracy", "f1_weighted", "fault_recall", "fp_rate_fault", "fp_reduction",
                         "unknown_rate", "per_system", "cases" })
            {
                Assert.True(baseline.TryGetProperty(key, out _), $"{name}.{key}");
            }
        }

        Assert.Equal(1.0, baselines.GetProperty("everything_is_a_fault").GetProperty("fp_rate_fault").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("load_ratio").ValueKind);
    }

    [Fact]
    public void Build_Cases_CountsEachClass()
    {
        var result = ReportFixture.Result();

        using var json = JsonDocument.Parse(MetricsJson.Build(result, new ReportContext("data", 1.0)).ToJsonString());

        var cases = json.RootElement.GetProperty("cases");
        Assert.Equal(25, cases.GetProperty("total").GetInt32());
        Assert.Equal(13, cases.GetProperty("fault").GetInt32());
        Assert.Equal(12, cases.GetProperty("expected_load").GetInt32());
    }

    [Fact]
    public void Build_OnCallFigures_FollowFromHiddenFaultsAndExpectedLoadRecall()
    {
        var result = ReportFixture.Result();
        var model = result.Model.Overall;

        using var json = JsonDocument.Parse(MetricsJson.Build(result, new ReportContext("data", 1.0)).ToJsonString());

        var root = json.RootElement;
        var expectedFlagged = (model.Cases.Fault - model.FaultsHidden) / (double)model.Cases.Fault;
        Assert.Equal(expectedFlagged, root.GetProperty("faults_flagged").GetDouble(), 12);
        Assert.Equal(
            root.GetProperty("per_class").GetProperty("EXPECTED_LOAD").GetProperty("recall").GetDouble(),
            root.GetProperty("expected_load_recognised").GetDouble(), 12);
        Assert.True(root.GetProperty("faults_flagged").GetDouble() >= root.GetProperty("fault_recall").GetDouble());
    }
}
