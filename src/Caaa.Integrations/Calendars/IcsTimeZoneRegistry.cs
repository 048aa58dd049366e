using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using NodaTime;
using NodaTime.TimeZones;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// Makes zones built from in-file VTIMEZONEs known to Ical.Net. Ical.Net resolves every TZID through one
/// process-wide delegate, so this wraps that delegate once: ids it registered (prefix
/// <see cref="Prefix"/>) resolve here, everything else goes to the delegate that was there before.
/// Zones are keyed by a hash of their definition, so the registry grows only with distinct definitions.
/// </summary>
internal static class IcsTimeZoneRegistry
{
    public const string Prefix = "caaa-vtimezone-";

    private static readonly ConcurrentDictionary<string, DateTimeZone> _zones = new(StringComparer.Ordinal);
    private static readonly Lazy<bool> _installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers a VTIMEZONE-derived zone and returns the TZID to write in its place.</summary>
    public static string Register(string definition, Func<string, TimeZoneInfo?> build, out bool built)
    {
        _ = _installed.Value;
        var id = Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition)))[..16];
        if (_zones.ContainsKey(id))
        {
            built = true;
            return id;
        }

        var zone = build(id);
        built = zone is not null;
        if (zone is not null)
        {
            _zones.TryAdd(id, BclDateTimeZone.FromTimeZoneInfo(zone));
        }

        return id;
    }

    /// <summary>The IANA zone for a tzdb or Windows id, or null; no fuzzy matching.</summary>
    public static string? ResolveByName(string tzId)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzId) is not null)
        {
            return tzId;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(tzId, out var iana)
            && DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) is not null
                ? iana
                : null;
    }

    private static bool Install()
    {
        var previous = TimeZoneResolvers.TimeZoneResolver;
        TimeZoneResolvers.TimeZoneResolver = id =>
            id is not null && _zones.TryGetValue(id, out var zone) ? zone : previous(id!);
        return true;
    }
}
