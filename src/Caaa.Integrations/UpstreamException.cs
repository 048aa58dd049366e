namespace Caaa.Integrations;

/// <summary>An upstream call that failed, classified so callers can count it and decide to retry.</summary>
public sealed class UpstreamException : Exception
{
    public UpstreamException(string upstream, UpstreamFailure reason, bool retryable, string message, Exception? inner = null)
        : base(message, inner)
    {
        Upstream = upstream;
        Reason = reason;
        Retryable = retryable;
    }

    /// <summary><c>prometheus</c>, <c>alertmanager</c>, <c>grafana</c>, <c>calendar</c> or <c>deployments</c>.</summary>
    public string Upstream { get; }

    public UpstreamFailure Reason { get; }

    public bool Retryable { get; }
}
