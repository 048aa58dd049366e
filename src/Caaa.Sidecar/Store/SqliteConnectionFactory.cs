using Caaa.Sidecar.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Store;

/// <summary>Opens connections to the store, migrating the schema once on first use.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _migration;
    private readonly StoreWriteGate _writeGate = new();

    public SqliteConnectionFactory(IOptions<CaaaOptions> options)
    {
        var path = Path.GetFullPath(options.Value.Store.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _migration = new Lazy<Task>(MigrateAsync);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _migration.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Take after opening the connection of any write, and hold until it commits.</summary>
    /// <param name="request">True on a request's path (an answer waits for it), false for background work.</param>
    public Task<IDisposable> EnterWriteAsync(bool request, CancellationToken cancellationToken) =>
        _writeGate.EnterAsync(request, cancellationToken);

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task MigrateAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await StoreMigrations.ApplyAsync(connection, CancellationToken.None);
    }
}
