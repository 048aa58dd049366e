namespace Caaa.Integrations.Http;

/// <summary>
/// A secret kept in a file (a Kubernetes projected token or mounted password). Re-read every minute
/// because the kubelet rotates such files in place.
/// </summary>
internal sealed class SecretFile
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly string _path;
    private readonly string _upstream;
    private readonly TimeProvider _timeProvider;
    private string? _value;
    private DateTimeOffset _readAt;

    public SecretFile(string path, string upstream, TimeProvider timeProvider)
    {
        _path = path;
        _upstream = upstream;
        _timeProvider = timeProvider;
    }

    public async ValueTask<string> ReadAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (_value is { } cached && now - _readAt < RefreshInterval)
        {
            return cached;
        }

        try
        {
            var value = (await File.ReadAllTextAsync(_path, cancellationToken)).Trim();
            (_value, _readAt) = (value, now);
            return value;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A missing secret is a configuration fault: retrying the HTTP call cannot fix it.
            throw new UpstreamException(_upstream, UpstreamFailure.Rejected, false,
                $"Cannot read the credential file '{_path}': {exception.Message}", exception);
        }
    }
}
