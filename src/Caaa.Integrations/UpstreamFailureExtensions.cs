namespace Caaa.Integrations;

public static class UpstreamFailureExtensions
{
    /// <summary>The <c>reason</c> label value: <c>unavailable</c>, <c>timeout</c>, <c>rejected</c>, <c>invalid_response</c>.</summary>
    public static string ToLabel(this UpstreamFailure failure) => failure switch
    {
        UpstreamFailure.Unavailable => "unavailable",
        UpstreamFailure.Timeout => "timeout",
        UpstreamFailure.Rejected => "rejected",
        UpstreamFailure.InvalidResponse => "invalid_response",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown upstream failure."),
    };
}
