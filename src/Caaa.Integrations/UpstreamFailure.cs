namespace Caaa.Integrations;

/// <summary>Why an upstream call failed; the lower-case name is the <c>reason</c> metric label.</summary>
public enum UpstreamFailure
{
    Unavailable,
    Timeout,
    Rejected,
    InvalidResponse,
}
