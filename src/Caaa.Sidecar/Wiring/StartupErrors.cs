using System.Globalization;
using System.Text.RegularExpressions;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Wiring;

/// <summary>
/// Turns what stops the sidecar from starting because of its configuration or environment into one line per
/// problem, each naming its key or file, so an operator reads the cause instead of a stack trace. Keys are
/// named as the YAML spells them (<c>prometheus.baseUrl</c>), also where a library names them the .NET way
/// (<c>Prometheus:BaseUrl</c>).
/// </summary>
internal static partial class StartupErrors
{
    /// <summary>The lines describing <paramref name="error"/>, or null for an error that is a defect.</summary>
    public static IReadOnlyList<string>? Describe(Exception error) =>
        DescribeRaw(error)?.Select(InYamlSpelling).ToList();

    /// <summary>
    /// <c>ContextSources:Calendars:0:Url</c> in <paramref name="line"/> as <c>contextSources.calendars[0].url</c>.
    /// </summary>
    internal static string InYamlSpelling(string line) => DotNetKey().Replace(line, match =>
        ConfigurationSchema.Sections.TryGetValue(match.Groups["section"].Value, out var type)
            && type != ConfigurationSchema.FreeForm
            ? string.Concat(match.Value.Split(':').Select((segment, i) => i == 0
                ? ConfigurationSchema.YamlName(segment)
                : int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? $"[{segment}]"
                    : "." + ConfigurationSchema.YamlName(segment)))
            : match.Value);

    private static IReadOnlyList<string>? DescribeRaw(Exception error) => error switch
    {
        ConfigurationException configuration => configuration.Problems,
        OptionsValidationException validation => validation.Failures.ToList(),
        AggregateException aggregate => DescribeAll(aggregate.Flatten().InnerExceptions),
        // A YAML syntax error or a secret in clear: the message names the file and the line.
        InvalidDataException data => [data.Message],
        // The binder's conversion failure names the key (only reached for keys outside the YAML and CAAA_).
        InvalidOperationException binding when binding.Message.StartsWith(
            "Failed to convert configuration value", StringComparison.Ordinal) => [binding.Message],
        // A missing config file, a port in use.
        IOException io => [io.Message],
        _ => null,
    };

    private static List<string>? DescribeAll(IEnumerable<Exception> errors)
    {
        var lines = new List<string>();
        foreach (var error in errors)
        {
            if (DescribeRaw(error) is not { } described)
            {
                return null;
            }

            lines.AddRange(described);
        }

        return lines.Count == 0 ? null : lines;
    }

    /// <summary>A section name followed by <c>:Key</c> segments, not part of a path, URL or dotted name.</summary>
    [GeneratedRegex(@"(?<![\w./:-])(?<section>[A-Za-z]\w*)(?::\w+)+", RegexOptions.CultureInvariant)]
    private static partial Regex DotNetKey();
}
