using System.Text.RegularExpressions;

namespace Caaa.Integrations.Alertmanager;

/// <summary>
/// Alertmanager's own silence rules, checked before sending: at least one matcher, names not empty,
/// regexes that compile (anchored, as Alertmanager anchors them), and at least one matcher that does
/// not match the empty string — otherwise the silence would cover alerts that lack the label.
/// </summary>
public static class SilenceValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <returns>The problems found; empty when Alertmanager would accept the matchers.</returns>
    public static IReadOnlyList<string> Validate(IReadOnlyList<Matcher> matchers)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        if (matchers.Count == 0)
        {
            return ["a silence needs at least one matcher."];
        }

        var errors = new List<string>();
        var anyExcludesEmpty = false;
        for (var i = 0; i < matchers.Count; i++)
        {
            var matcher = matchers[i];
            if (string.IsNullOrEmpty(matcher.Name))
            {
                errors.Add($"matchers[{i}]: the label name is empty.");
                continue;
            }

            if (MatchesEmpty(matcher, i, errors) is false)
            {
                anyExcludesEmpty = true;
            }
        }

        if (errors.Count == 0 && !anyExcludesEmpty)
        {
            errors.Add("at least one matcher must not match the empty string.");
        }

        return errors;
    }

    /// <returns>Null when the matcher is invalid (the error is recorded).</returns>
    private static bool? MatchesEmpty(Matcher matcher, int index, List<string> errors)
    {
        bool valueMatchesEmpty;
        if (matcher.IsRegex)
        {
            if (TryCompile(matcher.Value, out var error) is not { } regex)
            {
                errors.Add($"matchers[{index}] ({matcher.Name}): invalid regular expression: {error}");
                return null;
            }

            valueMatchesEmpty = regex.IsMatch("");
        }
        else
        {
            valueMatchesEmpty = matcher.Value.Length == 0;
        }

        return matcher.IsEqual ? valueMatchesEmpty : !valueMatchesEmpty;
    }

    private static Regex? TryCompile(string pattern, out string error)
    {
        try
        {
            error = "";
            return new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
