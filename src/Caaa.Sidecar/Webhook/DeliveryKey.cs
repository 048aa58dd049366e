using System.Security.Cryptography;
using System.Text;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Identifies one notification independently of which HA replica sent it and when: the group key
/// plus the set of (fingerprint, status, startsAt). <c>externalURL</c> is deliberately left out.
/// </summary>
internal static class DeliveryKey
{
    public static string Compute(string groupKey, IEnumerable<ReceivedAlert> alerts)
    {
        var text = new StringBuilder(groupKey);
        var entries = alerts
            .Select(a => $"{a.Fingerprint}\u001f{a.Status}\u001f{StoreTime.Format(a.StartsAt)}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            text.Append('\u001e').Append(entry);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
