namespace Caaa.Integrations.Http;

/// <summary>Connection, authentication and resilience settings shared by every upstream client.</summary>
public abstract class UpstreamOptions
{
    /// <summary>Absolute http(s) URL of the server. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Bearer token sent as <c>Authorization: Bearer</c>. Default value: none.</summary>
    public string? BearerToken { get; set; }

    /// <summary>File holding the bearer token (re-read when it changes, e.g. a projected token). Default: none.</summary>
    public string? BearerTokenFile { get; set; }

    /// <summary>User name for basic authentication. Default value: none.</summary>
    public string? BasicAuthUsername { get; set; }

    /// <summary>Password for basic authentication. Default value: none.</summary>
    public string? BasicAuthPassword { get; set; }

    /// <summary>File holding the basic-authentication password. Default value: none.</summary>
    public string? BasicAuthPasswordFile { get; set; }

    /// <summary>
    /// PEM or DER file with extra CA certificates trusted for this upstream's TLS (a private CA). Default
    /// value: none (the system's roots only).
    /// </summary>
    public string? CaFile { get; set; }

    /// <summary>Bound on one logical call including its retries. Default value: 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bound on one HTTP attempt. Default value: 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt, for retryable failures only. Default value: 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential, jittered backoff. Default value: 500 milliseconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest single backoff delay. Default value: 10 seconds.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the circuit stays open after too many failures. Default value: 30 seconds.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks every value; each error names its configuration key under <paramref name="section"/>.</summary>
    public virtual IEnumerable<string> Validate(string section)
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{section}:{nameof(BaseUrl)} must be an absolute http or https URL.";
        }

        if (BearerToken is not null && BearerTokenFile is not null)
        {
            yield return $"{section}:{nameof(BearerToken)} and {section}:{nameof(BearerTokenFile)} are exclusive.";
        }

        if ((BearerToken ?? BearerTokenFile) is not null && BasicAuthUsername is not null)
        {
            yield return $"{section}:{nameof(BasicAuthUsername)} cannot be combined with a bearer token.";
        }

        if (BasicAuthUsername is null && (BasicAuthPassword ?? BasicAuthPasswordFile) is not null)
        {
            yield return $"{section}:{nameof(BasicAuthUsername)} is required when a basic-auth password is set.";
        }

        if (CaFile is not null && !File.Exists(CaFile))
        {
            yield return $"{section}:{nameof(CaFile)} '{CaFile}' does not exist.";
        }

        foreach (var error in ValidateResilience(section))
        {
            yield return error;
        }
    }

    private IEnumerable<string> ValidateResilience(string section)
    {
        if (Timeout <= TimeSpan.Zero)
        {
            yield return $"{section}:{nameof(Timeout)} must be positive.";
        }

        if (AttemptTimeout <= TimeSpan.Zero || AttemptTimeout > Timeout)
        {
            yield return $"{section}:{nameof(AttemptTimeout)} must be positive and at most {nameof(Timeout)}.";
        }

        if (MaxRetryAttempts is < 0 or > 10)
        {
            yield return $"{section}:{nameof(MaxRetryAttempts)} must be between 0 and 10.";
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return $"{section}:{nameof(RetryBaseDelay)} must be positive and at most {nameof(RetryMaxDelay)}.";
        }

        if (CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{section}:{nameof(CircuitBreakDuration)} must be at least 500 milliseconds.";
        }
    }
}
