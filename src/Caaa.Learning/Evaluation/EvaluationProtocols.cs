namespace Caaa.Learning.Evaluation;

/// <summary>The protocols by their command-line names.</summary>
internal static class EvaluationProtocols
{
    public const string LeaveOneSystemOut = "leave-one-system-out";
    public const string GroupKFold = "group-kfold";

    public static IReadOnlyList<string> Names { get; } = [LeaveOneSystemOut, GroupKFold];

    public static IEvaluationProtocol Create(string name, int seed) => name switch
    {
        LeaveOneSystemOut => new LeaveOneSystemOut(),
        GroupKFold => new GroupKFold(5, seed),
        _ => throw new ArgumentException(
            $"Unknown protocol '{name}'; expected one of: {string.Join(", ", Names)}.",
            nameof(name)),
    };
}
