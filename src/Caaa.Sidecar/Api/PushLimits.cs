namespace Caaa.Sidecar.Api;

/// <summary>
/// Caps on what one pushed event or correction may hold, beside the body cap (<c>webhook.maxBodyBytes</c>).
/// Names and service names reach annotations, logs and evidence queries; a comment is read by people.
/// </summary>
internal static class PushLimits
{
    public const int MaxNameLength = 256;

    public const int MaxServices = 100;

    public const int MaxCommentLength = 4096;

    /// <summary>A planner announcing more than a thousandfold load has a typo, not a forecast.</summary>
    public const int MaxExpectedLoadMultiplier = 1000;
}
