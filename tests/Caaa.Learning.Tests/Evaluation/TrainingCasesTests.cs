using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class TrainingCasesTests
{
    [Theory]
    [InlineData(AttributionClass.ExpectedLoad, 1.0f, false)]
    [InlineData(AttributionClass.ExpectedLoad, 1.19f, false)]
    [InlineData(AttributionClass.ExpectedLoad, 1.2f, true)]
    [InlineData(AttributionClass.ExpectedLoad, 3.0f, true)]
    [InlineData(AttributionClass.Fault, 1.0f, true)]
    [InlineData(AttributionClass.Fault, 3.0f, true)]
    public void Teaches_SurgeThatDoesNotShowInRequests_LeftOutFaultsNever(
        AttributionClass truth, float loadRatio, bool expected)
    {
        var @case = TestCases.Make("c", truth, features: new Dictionary<string, float> { ["load_ratio"] = loadRatio });

        Assert.Equal(expected, TrainingCases.Teaches(@case.Features, truth));
    }

    [Fact]
    public void Run_FlatSurgesInTraining_StillJudgedInTheTestSet()
    {
        var cases = TestCases.Separable(12, seed: 4, "a", "b")
            .Append(TestCases.Make("flat-a", AttributionClass.ExpectedLoad, "a",
                features: new Dictionary<string, float> { ["load_ratio"] = 1.0f }))
            .Append(TestCases.Make("flat-b", AttributionClass.ExpectedLoad, "b",
                features: new Dictionary<string, float> { ["load_ratio"] = 1.0f }))
            .ToArray();

        var result = new Evaluator(new EvaluationOptions()).Run(cases);

        var judged = result.Model.Verdicts.Select(v => result.Cases[v.CaseIndex].Id).ToHashSet();
        Assert.Contains("flat-a", judged);
        Assert.Contains("flat-b", judged);
        Assert.All(result.Model.Verdicts.Where(v => result.Cases[v.CaseIndex].Id.StartsWith("flat", StringComparison.Ordinal)),
            v => Assert.NotEqual(AttributionClass.ExpectedLoad, v.Predicted));
    }
}
