namespace Caaa.Sidecar.Metrics;

internal static class WebhookOutcomes
{
    public const string Accepted = "accepted";
    public const string Invalid = "invalid";
    public const string Unauthorized = "unauthorized";
    public const string TooLarge = "too_large";
    public const string Overloaded = "overloaded";
    public const string Duplicate = "duplicate";

    public static IReadOnlyList<string> All { get; } =
        [Accepted, Invalid, Unauthorized, TooLarge, Overloaded, Duplicate];
}
