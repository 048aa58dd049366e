using Microsoft.AspNetCore.Http.HttpResults;

namespace Caaa.Sidecar.Api;

internal static class PushProblems
{
    /// <summary>The 413 answer for a push body over <c>webhook.maxBodyBytes</c>, worded like the webhook's.</summary>
    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
            detail: $"The body exceeds webhook.maxBodyBytes ({limit} bytes).");
}
