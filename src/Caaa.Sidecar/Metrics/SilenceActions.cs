namespace Caaa.Sidecar.Metrics;

/// <summary>
/// The <c>action</c> label of <c>caaa_silences_total</c>. <see cref="Skipped"/> counts silences the
/// policy allowed but that were not created (shadow mode, window already over); <see cref="Capped"/>
/// those not created because <c>silencing.maxActive</c> CAAA silences were already active.
/// </summary>
internal static class SilenceActions
{
    public const string Created = "created";
    public const string Extended = "extended";
    public const string Expired = "expired";
    public const string Reused = "reused";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
    public const string Capped = "capped";

    public static IReadOnlyList<string> All { get; } = [Created, Extended, Expired, Reused, Skipped, Failed, Capped];
}
