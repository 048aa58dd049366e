using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void Run_SeparableCases_ModelBeatsContextOnlyAndEveryCaseIsJudgedOnce()
    {
        var cases = TestCases.Separable(30, seed: 5, "a", "b", "c");
        var evaluator = new Evaluator(new EvaluationOptions { FeatureImportance = false });

        var result = evaluator.Run(cases);

        Assert.Equal(cases.Count, result.Model.Verdicts.Count);
        Assert.Equal(Enumerable.Range(0, cases.Count), result.Model.Verdicts.Select(v => v.CaseIndex).Order());
        Assert.True(result.Model.Overall.F1Weighted > 0.9, $"model F1 {result.Model.Overall.F1Weighted}");
        Assert.True(result.ContextOnly.Overall.F1Weighted < 0.75, $"context F1 {result.ContextOnly.Overall.F1Weighted}");
        Assert.Equal(["a", "b", "c"], result.Model.PerSystem.Keys);
    }

    [Fact]
    public void Run_Baselines_JudgeTheSameCasesAsTheModel()
    {
        var cases = TestCases.Separable(10, seed: 2, "a", "b");
        var evaluator = new Evaluator(new EvaluationOptions { FeatureImportance = false });

        var result = evaluator.Run(cases);

        var modelCases = result.Model.Verdicts.Select(v => v.CaseIndex).Order().ToArray();
        Assert.All(result.Baselines, b => Assert.Equal(modelCases, b.Verdicts.Select(v => v.CaseIndex).Order()));
        var everything = result.Baselines.Single(b => b.Name == "everything_is_a_fault").Overall;
        Assert.Equal(1.0, everything.FpRateFault);
        Assert.Equal(0.0, everything.FpReduction);
    }

    [Fact]
    public void Run_UntrainableFold_IsReportedAndJudgesNothing()
    {
        var cases = TestCases.Separable(10, seed: 2, "a", "b")
            .Append(TestCases.Make("solo", AttributionClass.Fault, "solo"))
            .ToArray();
        var faultsOnlyElsewhere = cases.Where(c => c.System != "a" || c.Truth == AttributionClass.Fault).ToArray();
        var evaluator = new Evaluator(new EvaluationOptions { FeatureImportance = false });

        var result = evaluator.Run(faultsOnlyElsewhere);

        var b = result.Folds.Single(f => f.HeldOutSystem == "b");
        Assert.False(b.Trained);
        Assert.DoesNotContain(result.Model.Verdicts, v => v.System == "b");
        Assert.True(result.Folds.Single(f => f.HeldOutSystem == "solo").Trained);
    }

    [Fact]
    public void Run_HighThreshold_TurnsDoubtIntoUnknown()
    {
        var cases = TestCases.Separable(20, seed: 9, "a", "b", "c");
        var sure = new Evaluator(new EvaluationOptions { FeatureImportance = false, ConfidenceThreshold = 0.5 });
        var strict = new Evaluator(new EvaluationOptions { FeatureImportance = false, ConfidenceThreshold = 0.999 });

        var loose = sure.Run(cases).Model.Overall.UnknownRate;
        var tight = strict.Run(cases).Model.Overall.UnknownRate;

        Assert.True(tight > loose, $"unknown rate {tight} at 0.999 vs {loose} at 0.5");
    }
}
