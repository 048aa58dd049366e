namespace Caaa.Sidecar.Store;

/// <summary>Proves the store accepts writes: a write transaction that is rolled back.</summary>
internal sealed class StoreHealth
{
    private readonly SqliteConnectionFactory _connections;

    public StoreHealth(SqliteConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<int> CheckWritableAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: false, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.Command("INSERT INTO schema_version (version, applied_at) VALUES (-1, 'probe')")
            .In(transaction).ExecuteNonQueryAsync(cancellationToken);
        var version = await StoreMigrations.CurrentVersionAsync(connection, transaction, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return version;
    }
}
