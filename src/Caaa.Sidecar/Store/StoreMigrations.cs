using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Caaa.Sidecar.Store;

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>. Append new steps; never edit a
/// released one.
/// </summary>
internal static class StoreMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE deliveries (
            delivery_key TEXT PRIMARY KEY,
            group_key TEXT NOT NULL,
            receiver TEXT NOT NULL,
            alert_count INTEGER NOT NULL,
            truncated_alerts INTEGER NOT NULL,
            incomplete INTEGER NOT NULL,
            duplicates INTEGER NOT NULL DEFAULT 0,
            received_at TEXT NOT NULL);
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT,
            status TEXT NOT NULL,
            alertname TEXT NOT NULL,
            service TEXT,
            labels TEXT NOT NULL,
            annotations TEXT NOT NULL,
            generator_url TEXT,
            group_key TEXT NOT NULL,
            work_state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            attribution_id TEXT,
            annotation_id INTEGER,
            annotation_closed INTEGER NOT NULL DEFAULT 0,
            silence_id TEXT,
            silence_first_created_at TEXT,
            silence_ends_at TEXT,
            silence_state TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (fingerprint, starts_at));
        CREATE INDEX ix_incidents_work_state ON incidents (work_state);
        CREATE INDEX ix_incidents_silence_state ON incidents (silence_state);
        CREATE TABLE attributions (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents (id),
            class TEXT NOT NULL,
            confidence REAL NOT NULL,
            probabilities TEXT NOT NULL,
            reasons TEXT NOT NULL,
            features TEXT NOT NULL,
            quality TEXT NOT NULL,
            alertname TEXT NOT NULL,
            service TEXT,
            silence_action TEXT,
            created_at TEXT NOT NULL);
        CREATE INDEX ix_attributions_class ON attributions (class, created_at);
        CREATE INDEX ix_attributions_alertname ON attributions (alertname, created_at);
        CREATE INDEX ix_attributions_incident ON attributions (incident_id);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            attribution_id TEXT NOT NULL REFERENCES attributions (id),
            class TEXT NOT NULL,
            comment TEXT,
            author TEXT,
            created_at TEXT NOT NULL);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT,
            services TEXT NOT NULL,
            expected_load_multiplier REAL,
            created_at TEXT NOT NULL);
        CREATE INDEX ix_events_window ON events (starts_at, ends_at);
        """,
    ];

    public static int LatestVersion => Steps.Length;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken);

        await using var transaction = connection.BeginTransaction();
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        for (var version = current + 1; version <= Steps.Length; version++)
        {
            await ExecuteAsync(connection, transaction, Steps[version - 1], cancellationToken);
            await ExecuteAsync(connection, transaction,
                "INSERT INTO schema_version (version, applied_at) VALUES (" +
                version.ToString(CultureInfo.InvariantCulture) + ", datetime('now'));",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> CurrentVersionAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
