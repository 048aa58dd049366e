namespace Caaa.Sidecar.Store;

/// <param name="Duplicate">The same delivery (group key and alert set) was stored before.</param>
/// <param name="IncidentsToProcess">New incidents and incidents that just resolved.</param>
internal sealed record IngestResult(bool Duplicate, IReadOnlyList<string> IncidentsToProcess, int NewIncidents);
