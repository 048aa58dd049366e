using Microsoft.Data.Sqlite;

namespace Caaa.Sidecar.Store;

internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(
        this SqliteConnection connection,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static SqliteCommand In(this SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? GetNullableTime(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoreTime.Parse(reader.GetString(ordinal));
}
