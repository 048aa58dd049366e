using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Tests.Evaluation;

/// <summary>Hand-made evaluation cases.</summary>
internal static class TestCases
{
    public static readonly DateTimeOffset Onset = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static EvaluationCase Make(
        string id,
        AttributionClass truth,
        string system = "s1",
        string? group = null,
        IReadOnlyDictionary<string, float>? features = null,
        IncidentContext? context = null)
    {
        var values = new float[FeatureNames.All.Count];
        foreach (var (name, value) in features ?? new Dictionary<string, float>())
        {
            values[FeatureNames.IndexOf(name)] = value;
        }

        return new EvaluationCase(id, system, group ?? id, truth, new FeatureVector(values),
            context ?? IncidentContext.Empty, Onset, "test");
    }

    public static IncidentContext Calendar(DateTimeOffset start, DateTimeOffset end) =>
        new([new ContextEvent(ContextEventKind.Calendar, "sale", start, end, [], "test")]);

    /// <summary>
    /// Cases a classifier can separate on load_ratio and error_ratio_change, with a random calendar flag that
    /// says nothing about the truth; groups of two cases.
    /// </summary>
    public static IReadOnlyList<EvaluationCase> Separable(int perSystem, int seed, params string[] systems)
    {
        var random = new Random(seed);
        var cases = new List<EvaluationCase>();
        foreach (var system in systems)
        {
            for (var i = 0; i < perSystem; i++)
            {
                var truth = i % 2 == 0 ? AttributionClass.Fault : AttributionClass.ExpectedLoad;
                var load = truth == AttributionClass.Fault ? 1 + (0.3 * random.NextDouble()) : 2 + random.NextDouble();
                var errors = truth == AttributionClass.Fault ? 0.1 + (0.3 * random.NextDouble()) : 0.01 * random.NextDouble();
                var features = new Dictionary<string, float>
                {
                    ["load_ratio"] = (float)load,
                    ["error_ratio_change"] = (float)errors,
                    ["event_active"] = random.Next(2),
                    ["time_seasonality"] = random.Next(2) == 0 ? 0.3f : 1f,
                };
                cases.Add(Make($"{system}-{i}", truth, system, $"{system}-g{i / 2}", features));
            }
        }

        return cases;
    }
}
