using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class LeaveOneSystemOutTests
{
    [Fact]
    public void Split_ThreeSystems_EachFoldHoldsOutExactlyOneSystem()
    {
        var cases = TestCases.Separable(12, seed: 1, "a", "b", "c");

        var folds = new LeaveOneSystemOut().Split(cases);

        Assert.Equal(["a", "b", "c"], folds.Select(f => f.HeldOutSystem));
        foreach (var fold in folds)
        {
            Assert.All(fold.Test, i => Assert.Equal(fold.HeldOutSystem, cases[i].System));
            Assert.All(fold.Train, i => Assert.NotEqual(fold.HeldOutSystem, cases[i].System));
            Assert.Equal(cases.Count, fold.Train.Count + fold.Test.Count);
            Assert.Null(fold.Flag);
        }
    }

    [Fact]
    public void Split_SystemWithOneClassAndFewCases_IsFlagged()
    {
        var cases = TestCases.Separable(12, seed: 1, "a", "b")
            .Append(TestCases.Make("n1", AttributionClass.Fault, "nab"))
            .Append(TestCases.Make("n2", AttributionClass.Fault, "nab"))
            .ToArray();

        var nab = new LeaveOneSystemOut().Split(cases).Single(f => f.HeldOutSystem == "nab");

        Assert.Contains("only FAULT", nab.Flag);
        Assert.Contains("only 2 test cases", nab.Flag);
    }

    [Fact]
    public void Split_OtherSystemsLackAClass_FlagsFoldAsUntrainable()
    {
        var cases = new[]
        {
            TestCases.Make("a1", AttributionClass.Fault, "a"),
            TestCases.Make("b1", AttributionClass.ExpectedLoad, "b"),
        };

        var folds = new LeaveOneSystemOut().Split(cases);

        Assert.All(folds, f => Assert.Contains("not trainable", f.Flag));
        Assert.All(folds, f => Assert.False(Evaluator.Trainable(cases, f)));
    }
}
