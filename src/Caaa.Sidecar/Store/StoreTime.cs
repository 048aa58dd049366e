using System.Globalization;

namespace Caaa.Sidecar.Store;

/// <summary>The one text form of an instant in keys and the store: UTC, round-trip, fixed width (sorts as text).</summary>
internal static class StoreTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : null;

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
