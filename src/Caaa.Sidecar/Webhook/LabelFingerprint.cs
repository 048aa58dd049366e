using System.Globalization;
using System.Text;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Alertmanager's alert fingerprint (FNV-1a 64 over sorted label names and values, 0xFF separated),
/// for old Alertmanager versions whose webhook does not send one.
/// </summary>
internal static class LabelFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const byte Separator = 0xFF;

    public static string Compute(IReadOnlyDictionary<string, string> labels)
    {
        var hash = OffsetBasis;
        foreach (var name in labels.Keys.Order(StringComparer.Ordinal))
        {
            hash = Add(hash, name);
            hash = Add(hash, Separator);
            hash = Add(hash, labels[name]);
            hash = Add(hash, Separator);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = Add(hash, b);
        }

        return hash;
    }

    private static ulong Add(ulong hash, byte b) => (hash ^ b) * Prime;
}
