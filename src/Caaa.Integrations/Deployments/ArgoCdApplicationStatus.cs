namespace Caaa.Integrations.Deployments;

/// <summary><c>status</c>: Argo CD keeps the last few syncs (10 by default), ids increasing.</summary>
internal sealed record ArgoCdApplicationStatus(IReadOnlyList<ArgoCdHistoryEntry>? History);
