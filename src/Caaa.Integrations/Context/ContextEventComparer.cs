using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>
/// Two events are the same when kind, name, start, end, services (in any order, any case) and announced
/// multiplier agree. <see cref="ContextEvent.Source"/> is ignored on purpose: the same holiday from two
/// feeds, or a deployment both pushed by CI and listed by GitHub, is one event.
/// </summary>
internal sealed class ContextEventComparer : IEqualityComparer<ContextEvent>
{
    public static ContextEventComparer Instance { get; } = new();

    public bool Equals(ContextEvent? x, ContextEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        return x.Kind == y.Kind
            && string.Equals(x.Name, y.Name, StringComparison.Ordinal)
            && x.Start == y.Start
            && x.End == y.End
            && x.ExpectedLoadMultiplier == y.ExpectedLoadMultiplier
            && Normalise(x.Services).SequenceEqual(Normalise(y.Services), StringComparer.OrdinalIgnoreCase);
    }

    public int GetHashCode(ContextEvent obj) =>
        HashCode.Combine(obj.Kind, obj.Name, obj.Start, obj.End, obj.Services.Count);

    private static IEnumerable<string> Normalise(IReadOnlyList<string> services) =>
        services.Order(StringComparer.OrdinalIgnoreCase);
}
