namespace Caaa.Sidecar.Store;

/// <param name="Duplicate">The same delivery (group key and alert set) was stored before.</param>
/// <param name="IncidentsToProcess">New incidents and incidents that just resolved.</param>
/// <param name="Backlog">Incidents accepted but not yet processed before this notification.</param>
/// <param name="Overloaded">The backlog was at its limit: nothing was stored.</param>
internal sealed record IngestResult(
    bool Duplicate,
    IReadOnlyList<string> IncidentsToProcess,
    int NewIncidents,
    int Backlog,
    bool Overloaded = false);
