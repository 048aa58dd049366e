namespace Caaa.Sidecar.Options;

internal static class SilencingModes
{
    public const string Shadow = "shadow";
    public const string Enforce = "enforce";
}
