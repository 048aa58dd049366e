using Caaa.Core.Incidents;

namespace Caaa.Cli.Replay;

/// <summary>Picks a reproducible sample of cases spread evenly over (system, kind).</summary>
internal static class ReplayCaseSelector
{
    public static IReadOnlyList<Incident> Select(IReadOnlyList<Incident> incidents, int count, int seed)
    {
        var random = new Random(seed);
        var strata = incidents
            .GroupBy(i => (i.System, Kind: ReplayCase.KindOf(i)))
            .OrderBy(g => g.Key.System, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => Shuffled(g.OrderBy(i => i.Id, StringComparer.Ordinal), random))
            .ToList();

        var picked = new List<Incident>();
        for (var round = 0; picked.Count < count && strata.Any(s => s.Count > round); round++)
        {
            foreach (var stratum in strata.Where(s => s.Count > round))
            {
                if (picked.Count == count)
                {
                    break;
                }

                picked.Add(stratum[round]);
            }
        }

        return picked;
    }

    private static List<Incident> Shuffled(IEnumerable<Incident> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
