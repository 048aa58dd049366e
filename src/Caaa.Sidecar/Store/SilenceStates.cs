namespace Caaa.Sidecar.Store;

internal static class SilenceStates
{
    public const string Active = "active";
    public const string Expired = "expired";
}
