using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Tests.Evaluation;

namespace Caaa.Learning.Tests.Reports;

/// <summary>An evaluation result on hand-made cases, one system holding faults only, plus frames to draw.</summary>
internal static class ReportFixture
{
    public static EvaluationResult Result()
    {
        var cases = TestCases.Separable(12, seed: 4, "a", "b")
            .Append(TestCases.Make("nab-1", AttributionClass.Fault, "nab"))
            .ToArray();
        return new Evaluator(new EvaluationOptions()).Run(cases);
    }

    /// <summary>A frame for case "a-0" (a fault) and "a-1" (an announced surge).</summary>
    public static IReadOnlyList<Incident> Incidents() =>
    [
        Incident("a-0", AttributionClass.Fault, IncidentContext.Empty),
        Incident("a-1", AttributionClass.ExpectedLoad, TestCases.Calendar(TestCases.Onset, TestCases.Onset.AddHours(1))),
    ];

    private static Incident Incident(string id, AttributionClass label, IncidentContext context)
    {
        var times = Enumerable.Range(0, 60).Select(i => TestCases.Onset.AddMinutes(i - 40)).ToArray();
        var after = times.Select(t => t >= TestCases.Onset ? 1.0 : 0.0).ToArray();
        var frame = new MetricFrameBuilder(times)
            .Set("front", Signal.Load, after.Select(a => 100 + (100 * a)).ToArray())
            .Set("front", Signal.Cpu, after.Select(a => 0.5 + (0.4 * a)).ToArray())
            .Set("front", Signal.Latency, after.Select(a => 0.05 + (0.01 * a)).ToArray())
            .Build();
        return new Incident(id, "a", id, TestCases.Onset, frame, context, label);
    }
}
