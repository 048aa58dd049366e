using Caaa.Sidecar.Webhook;
using Microsoft.Data.Sqlite;

namespace Caaa.Sidecar.Store;

/// <summary>Incidents and the deliveries that announced them; every write is one transaction.</summary>
internal sealed partial class IncidentStore
{
    private const string Columns =
        "id, fingerprint, starts_at, ends_at, status, alertname, service, labels, annotations, group_key, " +
        "work_state, attempts, attribution_id, annotation_id, annotation_closed, silence_id, " +
        "silence_first_created_at, silence_ends_at, silence_state";

    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;

    public IncidentStore(SqliteConnectionFactory connections, TimeProvider timeProvider)
    {
        _connections = connections;
        _timeProvider = timeProvider;
    }

    private string Now => StoreTime.Format(_timeProvider.GetUtcNow());

    public async Task<IncidentRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM incidents WHERE id = $id", cancellationToken, ("$id", id));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<IncidentRecord>> ListWithActiveSilenceAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM incidents WHERE silence_state = $state ORDER BY starts_at",
            cancellationToken, ("$state", SilenceStates.Active));

    public async Task<IReadOnlyList<string>> ListPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id FROM incidents WHERE work_state = $state ORDER BY created_at LIMIT $limit",
            ("$state", WorkStates.Pending), ("$limit", limit));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Incidents accepted but not yet processed: what the webhook's back-pressure limit counts.</summary>
    public async Task<int> CountBacklogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await CountBacklogAsync(connection, null, cancellationToken);
    }

    /// <summary>Moves a pending incident to processing; false when another worker holds it or it is done.</summary>
    public Task<bool> TryClaimAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incidents SET work_state = $to, updated_at = $now WHERE id = $id AND work_state = $from",
            cancellationToken, ("$id", id), ("$from", WorkStates.Pending), ("$to", WorkStates.Processing));

    /// <summary>Hands incidents a stopped worker held back to the queue (start-up after a crash, shutdown).</summary>
    public Task<bool> ReleaseProcessingAsync(CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incidents SET work_state = $to, updated_at = $now WHERE work_state = $from",
            cancellationToken, ("$from", WorkStates.Processing), ("$to", WorkStates.Pending));

    public Task<bool> ReleaseAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incidents SET work_state = $to, updated_at = $now WHERE id = $id AND work_state = $from",
            cancellationToken, ("$id", id), ("$from", WorkStates.Processing), ("$to", WorkStates.Pending));

    /// <summary>
    /// Finishes processing; when the alert resolved meanwhile (status no longer the one processed) the
    /// incident goes back to pending and true is returned so the caller queues it again.
    /// </summary>
    public async Task<bool> CompleteAsync(string id, AlertStatus processedStatus, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            "UPDATE incidents SET work_state = CASE WHEN status = $seen THEN $done ELSE $pending END, " +
            "last_error = NULL, updated_at = $now WHERE id = $id AND work_state = $processing",
            cancellationToken, ("$id", id), ("$seen", processedStatus.ToString()), ("$done", WorkStates.Done),
            ("$pending", WorkStates.Pending), ("$processing", WorkStates.Processing));
        var incident = await GetAsync(id, cancellationToken);
        return incident?.WorkState == WorkStates.Pending;
    }

    /// <summary>Counts a failed attempt; the incident goes back to pending until the attempts run out.</summary>
    public Task<bool> FailAsync(string id, string error, int maxAttempts, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE incidents SET attempts = attempts + 1, last_error = $error, updated_at = $now, " +
            "work_state = CASE WHEN attempts + 1 >= $max THEN $failed ELSE $pending END WHERE id = $id",
            cancellationToken, ("$id", id), ("$error", error), ("$max", maxAttempts),
            ("$failed", WorkStates.Failed), ("$pending", WorkStates.Pending));

    public Task<bool> SetAttributionAsync(string id, string attributionId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incidents SET attribution_id = $attribution, updated_at = $now WHERE id = $id",
            cancellationToken, ("$id", id), ("$attribution", attributionId));

    public Task<bool> SetAnnotationAsync(
        string id,
        long annotationId,
        bool closed,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE incidents SET annotation_id = $annotation, annotation_closed = $closed, updated_at = $now " +
            "WHERE id = $id",
            cancellationToken, ("$id", id), ("$annotation", annotationId), ("$closed", closed));

    public Task<bool> SetSilenceAsync(
        string id,
        string silenceId,
        DateTimeOffset firstCreatedAt,
        DateTimeOffset endsAt,
        string state,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE incidents SET silence_id = $silence, silence_first_created_at = $first, " +
            "silence_ends_at = $ends, silence_state = $state, updated_at = $now WHERE id = $id",
            cancellationToken, ("$id", id), ("$silence", silenceId), ("$first", StoreTime.Format(firstCreatedAt)),
            ("$ends", StoreTime.Format(endsAt)), ("$state", state));

    /// <summary>Firing incidents per service and latest class, for the active-attribution gauges.</summary>
    public async Task<IReadOnlyList<(string Service, string Class, int Count)>> CountFiringByClassAsync(
        CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT COALESCE(i.service, ''), a.class, COUNT(*) FROM incidents i " +
            "JOIN attributions a ON a.id = i.attribution_id WHERE i.status = $firing GROUP BY 1, 2",
            ("$firing", nameof(AlertStatus.Firing)));
        var counts = new List<(string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return counts;
    }

    private static async Task<int> CountBacklogAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT COUNT(*) FROM incidents WHERE work_state IN ($pending, $processing)",
            ("$pending", WorkStates.Pending), ("$processing", WorkStates.Processing));
        command.Transaction = transaction;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<bool> ExecuteAsync(
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: false, cancellationToken);
        await using var command = connection.Command(sql, [.. parameters, ("$now", Now)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<IReadOnlyList<IncidentRecord>> QueryAsync(
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<IncidentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private static IncidentRecord Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoreTime.Parse(reader.GetString(2)),
        reader.GetNullableTime(3),
        Enum.Parse<AlertStatus>(reader.GetString(4)),
        reader.GetString(5),
        reader.GetNullableString(6),
        StoreJson.Read<Dictionary<string, string>>(reader.GetString(7)),
        StoreJson.Read<Dictionary<string, string>>(reader.GetString(8)),
        reader.GetString(9),
        reader.GetString(10),
        reader.GetInt32(11),
        reader.GetNullableString(12),
        reader.IsDBNull(13) ? null : reader.GetInt64(13),
        reader.GetBoolean(14),
        reader.GetNullableString(15),
        reader.GetNullableTime(16),
        reader.GetNullableTime(17),
        reader.GetNullableString(18));
}
