namespace Caaa.Integrations.Http;

/// <summary>How a non-success response is classified: why it failed and whether another try may succeed.</summary>
internal readonly record struct UpstreamError(UpstreamFailure Reason, bool Retryable, string Message)
{
    public UpstreamException ToException(string upstream, Exception? inner = null) =>
        new(upstream, Reason, Retryable, Message, inner);
}
