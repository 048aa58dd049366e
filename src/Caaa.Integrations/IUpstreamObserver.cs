namespace Caaa.Integrations;

/// <summary>
/// Receives one observation per logical upstream call so the host can map it to its own metrics
/// (<c>caaa_upstream_request_duration_seconds</c>, <c>caaa_upstream_failures_total</c>) without this
/// project depending on a metrics library.
/// </summary>
public interface IUpstreamObserver
{
    /// <param name="upstream">One of <see cref="UpstreamNames"/>.</param>
    /// <param name="failure">Null when the call succeeded.</param>
    void Observe(string upstream, TimeSpan duration, UpstreamFailure? failure);
}
