using Caaa.Core.Context;

namespace Caaa.Sidecar.Store;

/// <summary>Calendar events and deployments pushed through <c>POST /api/v1/events</c>.</summary>
internal sealed class EventStore
{
    public const string Source = "push";

    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;

    public EventStore(SqliteConnectionFactory connections, TimeProvider timeProvider)
    {
        _connections = connections;
        _timeProvider = timeProvider;
    }

    public async Task<string> AddAsync(ContextEvent contextEvent, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(_timeProvider.GetUtcNow()).ToString("N");
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: true, cancellationToken);
        await using var command = connection.Command(
            "INSERT INTO events (id, kind, name, starts_at, ends_at, services, expected_load_multiplier, created_at) " +
            "VALUES ($id, $kind, $name, $start, $end, $services, $multiplier, $created)",
            ("$id", id), ("$kind", contextEvent.Kind.ToString()), ("$name", contextEvent.Name),
            ("$start", StoreTime.Format(contextEvent.Start)), ("$end", StoreTime.Format(contextEvent.End)),
            ("$services", StoreJson.Write(contextEvent.Services)),
            ("$multiplier", contextEvent.ExpectedLoadMultiplier),
            ("$created", StoreTime.Format(_timeProvider.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>Events overlapping [from, to]; an event without an end is still going on.</summary>
    public async Task<IReadOnlyList<ContextEvent>> ListAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT kind, name, starts_at, ends_at, services, expected_load_multiplier FROM events " +
            "WHERE starts_at <= $to AND (ends_at IS NULL OR ends_at >= $from) ORDER BY starts_at",
            ("$from", StoreTime.Format(from)), ("$to", StoreTime.Format(to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<ContextEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new ContextEvent(
                Enum.Parse<ContextEventKind>(reader.GetString(0)),
                reader.GetString(1),
                StoreTime.Parse(reader.GetString(2)),
                reader.GetNullableTime(3),
                StoreJson.Read<string[]>(reader.GetString(4)),
                Source,
                reader.IsDBNull(5) ? null : reader.GetDouble(5)));
        }

        return events;
    }
}
