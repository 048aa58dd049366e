using System.Globalization;
using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// The headline protocol: train on every other system, test on one. A held-out system with a single class
/// or only a handful of cases still gets a fold, flagged so the report does not over-read it.
/// </summary>
internal sealed class LeaveOneSystemOut : IEvaluationProtocol
{
    /// <summary>Below this many test cases a system's figures are flagged as thin.</summary>
    public const int MinimumTestCases = 10;

    public string Name => "leave-one-system-out";

    public IReadOnlyList<Fold> Split(IReadOnlyList<EvaluationCase> cases)
    {
        var systems = cases.Select(c => c.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return systems.Select(system => HoldOut(cases, system)).ToArray();
    }

    private static Fold HoldOut(IReadOnlyList<EvaluationCase> cases, string system)
    {
        var test = Indices(cases, c => c.System == system);
        var train = Indices(cases, c => c.System != system);
        return new Fold($"system {system}", train, test, system, FlagOf(cases, test, train));
    }

    private static string? FlagOf(IReadOnlyList<EvaluationCase> cases, int[] test, int[] train)
    {
        var flags = new List<string>();
        var testClasses = test.Select(i => cases[i].Truth).Distinct().ToArray();
        if (testClasses.Length < 2)
        {
            flags.Add($"test set holds only {string.Join("/", testClasses.Select(c => c.ToWire()))}");
        }

        if (test.Length < MinimumTestCases)
        {
            flags.Add(string.Create(CultureInfo.InvariantCulture, $"only {test.Length} test cases"));
        }

        if (train.Select(i => cases[i].Truth).Distinct().Count() < 2)
        {
            flags.Add("training set lacks a class: fold not trainable");
        }

        return flags.Count == 0 ? null : string.Join("; ", flags);
    }

    private static int[] Indices(IReadOnlyList<EvaluationCase> cases, Func<EvaluationCase, bool> keep) =>
        Enumerable.Range(0, cases.Count).Where(i => keep(cases[i])).ToArray();
}
