using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// Calendar muting, as Alertmanager <c>time_intervals</c> would do it: EXPECTED_LOAD whenever any calendar
/// event covers the onset, whatever the metrics say; FAULT otherwise.
/// </summary>
internal sealed class CalendarOnlyBaseline : IBaseline
{
    public string Name => "calendar_only";

    public string Description => "EXPECTED_LOAD iff a calendar event covers the onset (time_intervals muting)";

    public AttributionClass Predict(EvaluationCase evaluationCase) =>
        evaluationCase.Context.Calendar.Any(e => e.Covers(evaluationCase.Onset))
            ? AttributionClass.ExpectedLoad
            : AttributionClass.Fault;
}
