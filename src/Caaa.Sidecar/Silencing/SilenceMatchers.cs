using Caaa.Integrations.Alertmanager;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// A silence's matchers: every label of the alert, exact and positive. Nothing is dropped, since a
/// missing matcher could only widen the silence to other alerts.
/// </summary>
internal static class SilenceMatchers
{
    public static IReadOnlyList<Matcher> For(IReadOnlyDictionary<string, string> labels) =>
        labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new Matcher(l.Key, l.Value, IsRegex: false, IsEqual: true))
            .ToArray();
}
