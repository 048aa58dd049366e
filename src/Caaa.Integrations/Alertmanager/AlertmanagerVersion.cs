using System.Globalization;

namespace Caaa.Integrations.Alertmanager;

/// <summary>Reads <c>versionInfo.version</c> (<c>0.27.0</c>, <c>v0.28.1</c>, <c>0.22.0-rc.1</c>).</summary>
internal static class AlertmanagerVersion
{
    /// <summary>0.22 introduced <c>isEqual</c>; older servers ignore it and turn a negative matcher positive.</summary>
    public static readonly Version NegativeMatchers = new(0, 22);

    /// <returns>Null when the text holds no major.minor version.</returns>
    public static Version? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var core = text.Trim().TrimStart('v', 'V');
        var cut = core.IndexOfAny(['-', '+', ' ']);
        if (cut >= 0)
        {
            core = core[..cut];
        }

        var parts = core.Split('.');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return null;
        }

        var patch = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            ? p
            : 0;
        return new Version(major, minor, patch);
    }

    public static bool SupportsNegativeMatchers(Version? version) => version is not null && version >= NegativeMatchers;
}
