namespace Caaa.Sidecar.Options;

internal sealed class StoreOptions
{
    /// <summary>The SQLite database file. Default value: caaa.db.</summary>
    public string Path { get; set; } = "caaa.db";
}
