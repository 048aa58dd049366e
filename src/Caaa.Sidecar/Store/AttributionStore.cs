using Caaa.Core.Attribution;
using Microsoft.Data.Sqlite;

namespace Caaa.Sidecar.Store;

internal sealed class AttributionStore
{
    private const string Columns =
        "id, incident_id, class, confidence, probabilities, reasons, features, quality, alertname, service, " +
        "silence_action, created_at";

    private readonly SqliteConnectionFactory _connections;

    public AttributionStore(SqliteConnectionFactory connections)
    {
        _connections = connections;
    }

    /// <summary>Records the decision and makes it the incident's current one, in one transaction.</summary>
    public async Task AddAsync(AttributionRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: false, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.Command(
            $"INSERT INTO attributions ({Columns}) VALUES ($id, $incident, $class, $confidence, $probabilities, " +
            "$reasons, $features, $quality, $alertname, $service, $silence, $created)",
            ("$id", record.Id), ("$incident", record.IncidentId), ("$class", record.Class.ToWire()),
            ("$confidence", record.Confidence), ("$probabilities", StoreJson.Write(record.Probabilities)),
            ("$reasons", StoreJson.Write(record.Reasons)), ("$features", StoreJson.Write(record.Features)),
            ("$quality", StoreJson.Write(record.Quality)), ("$alertname", record.AlertName),
            ("$service", record.Service), ("$silence", record.SilenceAction),
            ("$created", StoreTime.Format(record.CreatedAt))).In(transaction).ExecuteNonQueryAsync(cancellationToken);
        await connection.Command(
            "UPDATE incidents SET attribution_id = $id WHERE id = $incident",
            ("$id", record.Id), ("$incident", record.IncidentId))
            .In(transaction).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetSilenceActionAsync(string id, string action, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: false, cancellationToken);
        await using var command = connection.Command(
            "UPDATE attributions SET silence_action = $action WHERE id = $id", ("$id", id), ("$action", action));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AttributionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var (items, _) = await QueryAsync("WHERE id = $id", [("$id", id)], 1, 0, cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    public async Task<(IReadOnlyList<AttributionRecord> Items, int Total)> ListAsync(
        AttributionFilter filter,
        CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (filter.Class is { } attributionClass)
        {
            conditions.Add("class = $class");
            parameters.Add(("$class", attributionClass.ToWire()));
        }

        if (!string.IsNullOrEmpty(filter.AlertName))
        {
            conditions.Add("alertname = $alertname");
            parameters.Add(("$alertname", filter.AlertName));
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var offset = (filter.Page - 1) * filter.PageSize;
        return await QueryAsync(where, parameters, filter.PageSize, offset, cancellationToken);
    }

    private async Task<(IReadOnlyList<AttributionRecord>, int)> QueryAsync(
        string where,
        IReadOnlyList<(string, object?)> parameters,
        int limit,
        int offset,
        CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var count = connection.Command($"SELECT COUNT(*) FROM attributions {where}", [.. parameters]);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);

        await using var command = connection.Command(
            $"SELECT {Columns} FROM attributions {where} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset",
            [.. parameters, ("$limit", limit), ("$offset", offset)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<AttributionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        return (items, total);
    }

    private static AttributionRecord Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoredClass.Parse(reader.GetString(2)),
        reader.GetDouble(3),
        StoreJson.Read<Dictionary<string, double>>(reader.GetString(4)),
        StoreJson.Read<string[]>(reader.GetString(5)),
        StoreJson.Read<float[]>(reader.GetString(6)),
        StoreJson.Read<EvidenceQuality>(reader.GetString(7)),
        reader.GetString(8),
        reader.GetNullableString(9),
        reader.GetNullableString(10),
        StoreTime.Parse(reader.GetString(11)));
}
