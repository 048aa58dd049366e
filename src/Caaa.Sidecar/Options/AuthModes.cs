namespace Caaa.Sidecar.Options;

internal static class AuthModes
{
    public const string None = "none";
    public const string Bearer = "bearer";
    public const string Basic = "basic";
    public const string Hmac = "hmac";
}
