using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

public sealed class GroupKFoldTests
{
    [Fact]
    public void Split_UnevenGroups_NeverSplitsAGroupAndTestsEveryCaseOnce()
    {
        var cases = UnevenGroups();

        var folds = new GroupKFold(5, seed: 7).Split(cases);

        Assert.Equal(5, folds.Count);
        var tested = folds.SelectMany(f => f.Test).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, cases.Count), tested);
        foreach (var fold in folds)
        {
            var testGroups = fold.Test.Select(i => cases[i].Group).ToHashSet();
            Assert.DoesNotContain(fold.Train, i => testGroups.Contains(cases[i].Group));
            Assert.Equal(cases.Count, fold.Train.Count + fold.Test.Count);
        }
    }

    [Fact]
    public void Split_BothClassesInManyGroups_EveryFoldTestsBothClasses()
    {
        var cases = UnevenGroups();

        var folds = new GroupKFold(5, seed: 7).Split(cases);

        Assert.All(folds, f => Assert.Equal(2, f.Test.Select(i => cases[i].Truth).Distinct().Count()));
        Assert.All(folds, f => Assert.Null(f.Flag));
    }

    [Fact]
    public void Split_SameSeed_SameFolds()
    {
        var cases = UnevenGroups();

        var first = new GroupKFold(5, seed: 3).Split(cases);
        var second = new GroupKFold(5, seed: 3).Split(cases);

        Assert.Equal(first.Select(f => f.Test.ToArray()), second.Select(f => f.Test.ToArray()));
    }

    [Fact]
    public void Split_FewerGroupsThanFolds_OnlyNonEmptyFolds()
    {
        var cases = new[]
        {
            TestCases.Make("a", AttributionClass.Fault, group: "g1"),
            TestCases.Make("b", AttributionClass.ExpectedLoad, group: "g1"),
            TestCases.Make("c", AttributionClass.Fault, group: "g2"),
        };

        var folds = new GroupKFold(5).Split(cases);

        Assert.Equal(2, folds.Count);
        Assert.Contains(folds, f => f.Test.Count == 2 && f.Train.Count == 1);
    }

    [Fact]
    public void Constructor_OneFold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupKFold(1));
    }

    /// <summary>23 groups of 1 to 6 cases; a group mixes classes when it holds a fault and the load grown from it.</summary>
    private static List<EvaluationCase> UnevenGroups()
    {
        var cases = new List<EvaluationCase>();
        for (var g = 0; g < 23; g++)
        {
            for (var i = 0; i < 1 + (g % 6); i++)
            {
                var truth = (g + i) % 3 == 0 ? AttributionClass.ExpectedLoad : AttributionClass.Fault;
                cases.Add(TestCases.Make($"g{g}-{i}", truth, group: $"g{g}"));
            }
        }

        return cases;
    }
}
