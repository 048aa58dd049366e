using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Context;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Prometheus;

namespace Caaa.Sidecar.Options;

/// <summary>
/// Every configuration key the sidecar reads, derived by reflection from the options types so that it can
/// never drift from them: the <see cref="CaaaOptions"/> sections, the upstreams and the context sources.
/// </summary>
internal static class ConfigurationSchema
{
    /// <summary>
    /// Properties the sidecar overrides, so a value for them would be ignored: it stores pushed events itself
    /// (<c>contextSources.pushedEvents</c> is the in-memory store of other hosts).
    /// </summary>
    private static readonly HashSet<(Type, string)> NotRead =
        [(typeof(ContextSourcesOptions), nameof(ContextSourcesOptions.PushedEvents))];

    /// <summary>A section whose keys are not ours to check.</summary>
    public static Type FreeForm => typeof(FreeFormSection);

    /// <summary>The top-level sections; <c>logging</c> is ASP.NET Core's own and is not checked below its name.</summary>
    public static IReadOnlyDictionary<string, Type> Sections { get; } = BuildSections();

    /// <summary>Whether configuration values bind to <paramref name="type"/> as one scalar.</summary>
    public static bool IsScalar(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal)
            || inner == typeof(TimeSpan) || inner == typeof(DateTimeOffset) || inner == typeof(DateTime)
            || inner == typeof(Uri) || inner == typeof(Guid);
    }

    /// <summary>The value type of a string-keyed dictionary (keys are user data), or null.</summary>
    public static Type? DictionaryValueType(Type type) =>
        GenericArguments(type, typeof(IDictionary<,>)) is [var key, var value] && key == typeof(string) ? value : null;

    /// <summary>The element type of a list or array, or null.</summary>
    public static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
            : type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
                ? GenericArguments(type, typeof(IEnumerable<>))?[0]
                : null;

    /// <summary>The bindable properties of an options class, by name, case-insensitive as configuration is.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || !IsScalar(p.PropertyType)))
            .Where(p => !NotRead.Contains((p.DeclaringType!, p.Name)))
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The YAML spelling of a property: camelCase, as every example and doc writes it.</summary>
    public static string YamlName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Whether <paramref name="value"/> converts to <paramref name="type"/> the way the binder converts it.</summary>
    public static bool Converts(string? value, Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null || (value.Length == 0 && inner != type) || inner == typeof(string)
            || (inner == typeof(TimeSpan) && Durations.TryParse(value, out _)))
        {
            return true;
        }

        try
        {
            TypeDescriptor.GetConverter(inner).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException
            or OverflowException || exception.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>How a value of <paramref name="type"/> is written, for an error message.</summary>
    public static string Describe(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner switch
        {
            _ when inner == typeof(bool) => "true or false",
            _ when inner == typeof(int) || inner == typeof(long) => "a whole number",
            _ when inner == typeof(double) || inner == typeof(decimal) => "a number",
            _ when inner == typeof(TimeSpan) => "a duration like 30s, 5m or 1h30m (or 00:00:30)",
            _ when inner == typeof(Uri) => "a URL",
            _ => $"a {inner.Name}",
        };
    }

    /// <summary>
    /// Every known key in YAML spelling, sections included, list entries as <c>[]</c>:
    /// <c>contextSources.calendars[].url</c>, with its last name.
    /// </summary>
    public static IEnumerable<(string Path, string Name)> KnownPaths()
    {
        var pending = new Queue<(string Path, Type Type, int Depth)>(
            Sections.Select(s => (YamlName(s.Key), s.Value, 0)));
        while (pending.TryDequeue(out var current))
        {
            yield return (current.Path, current.Path[(current.Path.LastIndexOf('.') + 1)..]);
            var type = ElementType(current.Type) ?? current.Type;
            if (current.Depth >= 6 || IsScalar(type) || type == FreeForm
                || DictionaryValueType(type) is not null)
            {
                continue;
            }

            var prefix = ElementType(current.Type) is null ? current.Path : current.Path + "[]";
            foreach (var (name, property) in Properties(type))
            {
                pending.Enqueue(($"{prefix}.{YamlName(name)}", property.PropertyType,
                    current.Depth + 1));
            }
        }
    }

    private static Dictionary<string, Type> BuildSections()
    {
        var sections = Properties(typeof(CaaaOptions)).ToDictionary(
            p => p.Key, p => p.Value.PropertyType, StringComparer.OrdinalIgnoreCase);
        sections[PrometheusOptions.Section] = typeof(PrometheusOptions);
        sections[AlertmanagerOptions.Section] = typeof(AlertmanagerOptions);
        sections[GrafanaOptions.Section] = typeof(GrafanaOptions);
        sections[ContextSourcesOptions.Section] = typeof(ContextSourcesOptions);
        sections["Logging"] = FreeForm;
        return sections;
    }

    private static Type[]? GenericArguments(Type type, Type openInterface)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == openInterface)
        {
            return type.GetGenericArguments();
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface)
            ?.GetGenericArguments();
    }

    /// <summary>Marks a section that is passed through unchecked.</summary>
    private sealed class FreeFormSection;
}
