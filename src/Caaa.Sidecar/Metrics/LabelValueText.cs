namespace Caaa.Sidecar.Metrics;

/// <summary>
/// Makes text safe for a label value in the exposition: every control character (NUL, newline, tab,
/// DEL, C1) becomes U+FFFD, the character decoders use for what they cannot show. Escaping would be
/// read back as different text, and a raw NUL breaks scrapers and dashboards. (A lone surrogate cannot
/// arrive: the JSON reader refuses it.) The stored alert and the API keep the value exactly as sent.
/// </summary>
internal static class LabelValueText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string value) =>
        value.Any(char.IsControl)
            ? string.Create(value.Length, value, (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    span[i] = char.IsControl(text[i]) ? Replacement : text[i];
                }
            })
            : value;
}
