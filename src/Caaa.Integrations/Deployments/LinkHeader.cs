using System.Text.RegularExpressions;

namespace Caaa.Integrations.Deployments;

/// <summary>RFC 8288 <c>Link</c> headers as GitHub and GitLab send them for paging.</summary>
internal static partial class LinkHeader
{
    /// <summary>The <c>rel="next"</c> target, or null on the last page.</summary>
    public static Uri? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match match in LinkRegex().Matches(string.Join(",", values)))
        {
            var relations = match.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (relations.Contains("next", StringComparer.OrdinalIgnoreCase)
                && Uri.TryCreate(match.Groups["uri"].Value, UriKind.Absolute, out var next))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// Only pages on the configured host are followed: the token travels with the request, and a
    /// forged Link header must not send it elsewhere.
    /// </summary>
    public static bool IsSameOrigin(Uri candidate, Uri origin) =>
        Uri.Compare(
            candidate,
            origin,
            UriComponents.SchemeAndServer,
            UriFormat.Unescaped,
            StringComparison.OrdinalIgnoreCase) == 0;

    [GeneratedRegex(@"<(?<uri>[^>]*)>\s*;(?:[^,]*?)\brel=""?(?<rel>[^"";,]*)""?", RegexOptions.IgnoreCase)]
    private static partial Regex LinkRegex();
}
