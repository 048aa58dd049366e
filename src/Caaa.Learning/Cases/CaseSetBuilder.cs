using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Scenarios;
using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Cases;

/// <summary>
/// The one place a labelled case set is made (for evaluate, train and replay): the real faults, synthetic
/// EXPECTED_LOAD cases grown from each system's normal traffic (LoadRatio per fault of that system, so that the
/// system never predicts the class), fault-under-load copies of a share of the faults, then scenario context.
/// A derived case keeps its source's group; synthetic windows copy the sample counts before and after the onset
/// of a random real fault window of the same system.
/// </summary>
internal static class CaseSetBuilder
{
    /// <summary>How many more gaps (as a share of samples) a normal stretch may have than the gappiest fault.</summary>
    public const double GapTolerance = 0.02;

    public static IReadOnlyList<Incident> Build(CaseLibrary library, CaseSetOptions options,
        IProgress<string>? progress = null)
    {
        var random = new Random(options.Seed);
        var faults = library.Faults.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        var drafts = faults.Select(f => new CaseDraft(f, null)).ToList();

        foreach (var system in faults.Select(f => f.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var systemFaults = faults.Where(f => f.System == system).ToArray();
            var stretches = LikeTheFaults(library.NormalStretches.Where(s => s.System == system)
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToArray(), systemFaults, progress);
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
            var fitting = faults.Where(f => f.Frame.Length <= stretch.Frame.Length).ToArray();
            var shape = fitting.Length > 0 ? fitting[random.Next(fitting.Length)] : faults[random.Next(faults.Length)];
            var split = IncidentWindow.At(shape.Frame, shape.Onset).Split;
            var id = $"synthetic-{ShortName(system)}-{kind.Name}-{i + 1:D3}";
            yield return LoadSurgeGenerator.Grow(id, stretch, kind, split, shape.Frame.Length - split, random);
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

    /// <summary>
    /// The stretches whose share of gaps is no larger than the gappiest real fault window's (plus
    /// <see cref="GapTolerance"/>): Nezha's Train Ticket has quiet hours where most pods report nothing, and load
    /// grown from them differs from the faults by its gaps, not its behaviour. All stretches when none qualify.
    /// </summary>
    private static NormalStretch[] LikeTheFaults(NormalStretch[] stretches, Incident[] faults,
        IProgress<string>? progress)
    {
        if (stretches.Length == 0 || faults.Length == 0)
        {
            return stretches;
        }

        var limit = faults.Max(f => CaseShape.GapShareOf(f.Frame)) + GapTolerance;
        var kept = stretches.Where(s => CaseShape.GapShareOf(s.Frame) <= limit).ToArray();
        if (kept.Length < stretches.Length)
        {
            progress?.Report($"{stretches[0].System}: {stretches.Length - kept.Length} of {stretches.Length} " +
                "normal stretches left out: more gaps than any fault window");
        }

        return kept.Length == 0 ? stretches : kept;
    }

    private static T[] Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
