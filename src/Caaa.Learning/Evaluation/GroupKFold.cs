using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// k folds that never split a group, balanced by class as far as whole groups allow: groups are dealt
/// largest first (ties in seeded random order) to the fold that has the fewest cases of the group's
/// majority class, then the fewest cases overall.
/// </summary>
internal sealed class GroupKFold : IEvaluationProtocol
{
    private readonly int _folds;
    private readonly int _seed;

    public GroupKFold(int folds = 5, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        _folds = folds;
        _seed = seed;
    }

    public string Name => "group-kfold";

    public IReadOnlyList<Fold> Split(IReadOnlyList<EvaluationCase> cases)
    {
        var assignment = Assign(cases);
        return Enumerable.Range(0, _folds)
            .Select(f => MakeFold(cases, assignment, f))
            .Where(f => f.Test.Count > 0)
            .ToArray();
    }

    private int[] Assign(IReadOnlyList<EvaluationCase> cases)
    {
        var groups = Enumerable.Range(0, cases.Count)
            .GroupBy(i => cases[i].Group, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToArray();

        var random = new Random(_seed);
        var order = groups.Select(g => (Members: g, Tie: random.Next()))
            .OrderByDescending(g => g.Members.Length)
            .ThenBy(g => g.Tie)
            .Select(g => g.Members);

        var perClass = new int[_folds, 2];
        var totals = new int[_folds];
        var assignment = new int[cases.Count];
        foreach (var members in order)
        {
            var majority = Majority(cases, members);
            var fold = Enumerable.Range(0, _folds).MinBy(f => (perClass[f, majority], totals[f], f));
            foreach (var i in members)
            {
                assignment[i] = fold;
                perClass[fold, ClassIndex(cases[i].Truth)]++;
            }

            totals[fold] += members.Length;
        }

        return assignment;
    }

    private static int Majority(IReadOnlyList<EvaluationCase> cases, int[] members)
    {
        var faults = members.Count(i => cases[i].Truth == AttributionClass.Fault);
        return faults * 2 >= members.Length ? 0 : 1;
    }

    private static int ClassIndex(AttributionClass truth) => truth == AttributionClass.Fault ? 0 : 1;

    private static Fold MakeFold(IReadOnlyList<EvaluationCase> cases, int[] assignment, int fold)
    {
        var test = Enumerable.Range(0, cases.Count).Where(i => assignment[i] == fold).ToArray();
        var train = Enumerable.Range(0, cases.Count).Where(i => assignment[i] != fold).ToArray();
        var single = test.Select(i => cases[i].Truth).Distinct().Count() < 2;
        return new Fold($"fold {fold + 1}", train, test, Flag: single ? "test fold holds one class only" : null);
    }
}
