using System.Text;
using System.Text.RegularExpressions;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// Fills <c>{{label}}</c> placeholders in a PromQL template with the alert's label values, escaped
/// for a double-quoted PromQL string so a value can never end the string and inject a selector.
/// </summary>
internal static partial class PromQlTemplate
{
    /// <summary>The filled query, or null with the first label the alert lacks.</summary>
    public static string? Fill(string template, IReadOnlyDictionary<string, string> labels, out string? missingLabel)
    {
        string? missing = null;
        var query = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (labels.TryGetValue(name, out var value))
            {
                return Escape(value);
            }

            missing ??= name;
            return match.Value;
        });
        missingLabel = missing;
        return missing is null ? query : null;
    }

    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}\s]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
