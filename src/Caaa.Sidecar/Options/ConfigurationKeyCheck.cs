using System.Globalization;

namespace Caaa.Sidecar.Options;

/// <summary>
/// Walks configuration keys against <see cref="ConfigurationSchema"/>: a key the sidecar does not read (a typo, a
/// key in the wrong section) and a value that cannot bind to its property are reported, one line each, instead of
/// being ignored. The names of case-insensitive .NET configuration are compared the same way; the entries of
/// string-keyed dictionaries are user data and not checked.
/// </summary>
internal static class ConfigurationKeyCheck
{
    /// <summary>Every problem, in key order, each starting with the entry's origin (a file or a variable).</summary>
    public static IReadOnlyList<string> Check(IEnumerable<ConfigurationEntry> entries) =>
        Find(entries).Select(p => p.Problem).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Every entry with a problem, in key order, with its key: the options are then checked without those keys.
    /// Entries below one unknown key share its problem.
    /// </summary>
    public static IReadOnlyList<(string Key, string Problem)> Find(IEnumerable<ConfigurationEntry> entries) =>
        entries.OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Select(e => (e.Key, Problem: CheckOne(e)))
            .Where(p => p.Problem is not null)
            .Select(p => (p.Key, p.Problem!))
            .ToList();

    /// <summary>
    /// The type a configuration key (<c>prometheus:timeout</c>, <c>contextSources:calendars:0:refresh</c>) binds to;
    /// null for an unknown key or one in free-form data.
    /// </summary>
    public static Type? TypeOf(string key)
    {
        var type = typeof(object);
        var segments = key.Split(':');
        for (var i = 0; i < segments.Length; i++)
        {
            type = i == 0 ? Section(segments[0]) : Child(type, segments[i]);
            if (type is null || type == ConfigurationSchema.FreeForm)
            {
                return null;
            }
        }

        return type;
    }

    private static string? CheckOne(ConfigurationEntry entry)
    {
        var segments = entry.Key.Split(':');
        var type = typeof(object);
        for (var i = 0; i < segments.Length; i++)
        {
            var next = i == 0 ? Section(segments[0]) : Child(type, segments[i]);
            if (next is null)
            {
                return Unknown(entry, segments, i, type);
            }

            type = next;
            if (type == ConfigurationSchema.FreeForm)
            {
                return null;
            }
        }

        return CheckValue(entry, segments, type);
    }

    private static Type? Section(string name) => ConfigurationSchema.Sections.GetValueOrDefault(name);

    private static Type? Child(Type parent, string segment)
    {
        if (ConfigurationSchema.IsScalar(parent))
        {
            return null;
        }

        if (ConfigurationSchema.DictionaryValueType(parent) is { } value)
        {
            return value;
        }

        if (ConfigurationSchema.ElementType(parent) is { } element)
        {
            return int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? element : null;
        }

        return ConfigurationSchema.Properties(parent).GetValueOrDefault(segment)?.PropertyType;
    }

    private static string? CheckValue(ConfigurationEntry entry, string[] segments, Type type)
    {
        if (!ConfigurationSchema.IsScalar(type))
        {
            return string.IsNullOrEmpty(entry.Value) || ConfigurationSchema.DictionaryValueType(type) is not null
                ? null
                : $"{entry.Origin}: {Display(segments, segments.Length)} must be a section or a list, " +
                  $"not a value (got '{entry.Value}')";
        }

        if (entry.IsEmpty)
        {
            return $"{entry.Origin}: {Display(segments, segments.Length)} must be " +
                $"{ConfigurationSchema.Describe(type)}, not an empty list or section";
        }

        return ConfigurationSchema.Converts(entry.Value, type)
            ? null
            : $"{entry.Origin}: {Display(segments, segments.Length)} must be {ConfigurationSchema.Describe(type)} " +
              $"(got '{entry.Value}')";
    }

    private static string Unknown(ConfigurationEntry entry, string[] segments, int index, Type parent)
    {
        var key = Display(segments, index + 1);
        var parentPath = Display(segments, index);
        var suggestion = index == 0
            ? Similar(segments[0], ConfigurationSchema.Sections.Keys)
            : Similar(segments[index], ConfigurationSchema.Properties(parent).Keys) is { } sibling
                ? $"{parentPath}.{sibling}"
                : null;
        suggestion ??= Elsewhere(segments[index]);
        return suggestion is null
            ? $"{entry.Origin}: unknown key '{key}'"
            : $"{entry.Origin}: unknown key '{key}' (did you mean '{suggestion}'?)";
    }

    /// <summary>A known name close to <paramref name="name"/>: a prefix of it, or two edits away at most.</summary>
    private static string? Similar(string name, IEnumerable<string> known) =>
        known.Where(k => k.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(k, StringComparison.OrdinalIgnoreCase)
                || Distance(k.ToLowerInvariant(), name.ToLowerInvariant()) <= 2)
            .Select(ConfigurationSchema.YamlName)
            .FirstOrDefault();

    /// <summary>The shortest known key elsewhere whose last name is <paramref name="name"/>: a key in the wrong section.</summary>
    private static string? Elsewhere(string name) =>
        ConfigurationSchema.KnownPaths()
            .Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Path)
            .OrderBy(p => p.Length)
            .FirstOrDefault();

    /// <summary>
    /// The first <paramref name="count"/> segments as YAML would be read: <c>contextSources.calendars[0].url</c>.
    /// Known names take the schema's spelling, so <c>CAAA_PROMETHEUS__TIMEOUT</c> reads <c>prometheus.timeout</c>.
    /// </summary>
    private static string Display(string[] segments, int count)
    {
        var text = new System.Text.StringBuilder();
        Type? type = null;
        for (var i = 0; i < count; i++)
        {
            var isIndex = i > 0 && int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            var name = isIndex ? segments[i] : KnownName(type, segments[i]) ?? segments[i];
            text.Append(isIndex ? $"[{name}]" : (i == 0 ? "" : ".") + name);
            type = type is null ? Section(segments[0]) : Child(type, segments[i]);
            if (type is null || type == ConfigurationSchema.FreeForm)
            {
                type = typeof(object);
            }
        }

        return text.ToString();
    }

    /// <summary>The schema's YAML spelling of a section (no <paramref name="parent"/>) or a property; null if unknown.</summary>
    private static string? KnownName(Type? parent, string segment)
    {
        if (parent is null)
        {
            return ConfigurationSchema.Sections.Keys
                .FirstOrDefault(k => k.Equals(segment, StringComparison.OrdinalIgnoreCase)) is { } section
                ? ConfigurationSchema.YamlName(section)
                : null;
        }

        return parent == typeof(object) || ConfigurationSchema.IsScalar(parent)
            || ConfigurationSchema.DictionaryValueType(parent) is not null
            ? null
            : ConfigurationSchema.Properties(parent).TryGetValue(segment, out var property)
                ? ConfigurationSchema.YamlName(property.Name)
                : null;
    }

    /// <summary>Levenshtein distance: the edits that turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
