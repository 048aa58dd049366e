namespace Caaa.Integrations.Deployments;

/// <summary>
/// <c>v1alpha1RevisionHistory</c>. Single-source entries carry <c>revision</c> and <c>source</c>;
/// multi-source entries carry <c>revisions</c> aligned index by index with <c>sources</c>, and an
/// empty or absent <c>revision</c>. <c>deployStartedAt</c> is missing on entries written by old versions.
/// </summary>
internal sealed record ArgoCdHistoryEntry(
    long Id,
    string? Revision,
    IReadOnlyList<string>? Revisions,
    DateTimeOffset? DeployStartedAt,
    DateTimeOffset? DeployedAt,
    ArgoCdSource? Source,
    IReadOnlyList<ArgoCdSource>? Sources);
