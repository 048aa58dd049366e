using Caaa.Core.Incidents;
using Caaa.Learning.Datasets;
using Caaa.Learning.Scenarios;
using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Cases;

/// <summary>
/// The one place a labelled case set is made (for evaluate, train and replay): the real faults, synthetic
/// EXPECTED_LOAD cases grown from each system's normal traffic (LoadRatio per fault of that system, so that the
/// system never predicts the class), fault-under-load copies of a share of the faults, then scenario context.
/// A derived case keeps its source's group; synthetic windows copy the before/after lengths of a random real
/// fault window of the same system.
/// </summary>
internal static class CaseSetBuilder
{
    public static IReadOnlyList<Incident> Build(CaseLibrary library, CaseSetOptions options,
        IProgress<string>? progress = null)
    {
        var random = new Random(options.Seed);
        var faults = library.Faults.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        var drafts = faults.Select(f => new CaseDraft(f, null)).ToList();

        foreach (var system in faults.Select(f => f.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var systemFaults = faults.Where(f => f.System == system).ToArray();
            var stretches = library.NormalStretches.Where(s => s.System == system)
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
            if (stretches.Length == 0)
            {
                progress?.Report($"{system}: no normal traffic, so no synthetic load cases");
                continue;
            }

            drafts.AddRange(Surges(system, systemFaults, stretches, options.LoadRatio, random));
            drafts.AddRange(FaultsUnderLoad(systemFaults, stretches, options.FaultUnderLoadShare, random));
        }

        if (options.IncludeNab)
        {
            drafts.AddRange(library.NabIncidents.Select(n => new CaseDraft(n, null)));
        }

        var incidents = ContextAttacher.Attach(drafts, options.Scenario.Validate(), random);
        progress?.Report($"case set: {incidents.Count} cases from {faults.Length} real faults (seed {options.Seed})");
        return incidents;
    }

    public static string ShortName(string system) => system switch
    {
        "online-boutique" => "ob",
        "train-ticket" => "tt",
        "sock-shop" => "ss",
        _ => system,
    };

    private static IEnumerable<CaseDraft> Surges(string system, Incident[] faults, NormalStretch[] stretches,
        double loadRatio, Random random)
    {
        var count = (int)Math.Round(loadRatio * faults.Length);
        var order = Shuffled(stretches, random);
        for (var i = 0; i < count; i++)
        {
            var stretch = order[i % order.Length];
            var kind = SurgeKind.All[random.Next(SurgeKind.All.Count)];
            var shape = faults[random.Next(faults.Length)];
            var before = shape.Onset - shape.Frame.Timestamps[0];
            var after = shape.Frame.Timestamps[^1] - shape.Onset;
            var id = $"synthetic-{ShortName(system)}-{kind.Name}-{i + 1:D3}";
            yield return LoadSurgeGenerator.Grow(id, stretch, kind, before, after, random);
        }
    }

    private static IEnumerable<CaseDraft> FaultsUnderLoad(Incident[] faults, NormalStretch[] stretches, double share,
        Random random)
    {
        var count = Math.Min(faults.Length, (int)Math.Round(share * faults.Length));
        foreach (var fault in Shuffled(faults, random).Take(count))
        {
            var source = stretches.FirstOrDefault(s => s.Group == fault.Group) ?? stretches[random.Next(stretches.Length)];
            var kind = SurgeKind.All[random.Next(SurgeKind.All.Count)];
            yield return LoadSurgeGenerator.OverFault($"{fault.Id}-ful-{kind.Name}", fault, kind, source.CallGraph,
                CostModel.Fit(source.Frame), source.SeedSampleDuration, random);
        }
    }

    private static T[] Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
