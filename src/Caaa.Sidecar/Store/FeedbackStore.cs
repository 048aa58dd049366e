using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

internal sealed class FeedbackStore
{
    private readonly SqliteConnectionFactory _connections;

    public FeedbackStore(SqliteConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<long> AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: true, cancellationToken);
        await using var command = connection.Command(
            "INSERT INTO feedback (attribution_id, class, comment, author, created_at) " +
            "VALUES ($attribution, $class, $comment, $author, $created) RETURNING id",
            ("$attribution", feedback.AttributionId), ("$class", feedback.Class.ToWire()),
            ("$comment", feedback.Comment), ("$author", feedback.Author),
            ("$created", StoreTime.Format(feedback.CreatedAt)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// The latest FAULT or UNKNOWN correction of any of the incident's attributions, or null. Such a human
    /// verdict ends silencing for the incident: a later EXPECTED_LOAD correction does not undo it.
    /// </summary>
    public async Task<FeedbackRecord?> FindObjectionAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT f.attribution_id, f.class, f.comment, f.author, f.created_at FROM feedback f " +
            "JOIN attributions a ON a.id = f.attribution_id WHERE a.incident_id = $incident AND f.class <> $load " +
            "ORDER BY f.id DESC LIMIT 1",
            ("$incident", incidentId), ("$load", AttributionClass.ExpectedLoad.ToWire()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedbackRecord(reader.GetString(0), StoredClass.Parse(reader.GetString(1)),
                reader.GetNullableString(2), reader.GetNullableString(3), StoreTime.Parse(reader.GetString(4)))
            : null;
    }

    /// <summary>Every correction with the features of the decision it corrects, oldest first.</summary>
    public async IAsyncEnumerable<FeedbackExportRow> ExportAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT a.id, a.incident_id, a.alertname, a.service, a.class, f.class, f.author, f.comment, " +
            "f.created_at, a.features FROM feedback f JOIN attributions a ON a.id = f.attribution_id " +
            "ORDER BY f.id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new FeedbackExportRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3),
                StoredClass.Parse(reader.GetString(4)), StoredClass.Parse(reader.GetString(5)),
                reader.GetNullableString(6), reader.GetNullableString(7),
                StoreTime.Parse(reader.GetString(8)), StoreJson.Read<float[]>(reader.GetString(9)));
        }
    }
}
