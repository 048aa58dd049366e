namespace Caaa.Integrations.Alertmanager;

/// <summary>Remembers the Alertmanager version once it has been read; a failed read is tried again later.</summary>
internal sealed class AlertmanagerServerInfo
{
    private readonly Lock _gate = new();
    private Task<Version?>? _version;

    public Task<Version?> GetVersionAsync(Func<Task<Version?>> read)
    {
        lock (_gate)
        {
            if (_version is null || _version.IsFaulted || _version.IsCanceled)
            {
                _version = read();
            }

            return _version;
        }
    }
}
