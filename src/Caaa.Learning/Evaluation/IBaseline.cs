using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>A fixed rule that needs no training, evaluated on the same test cases as the model.</summary>
internal interface IBaseline
{
    /// <summary>The wire name in metrics.json: everything_is_a_fault, calendar_only, simple_rule.</summary>
    string Name { get; }

    /// <summary>One line for the report: what the rule does.</summary>
    string Description { get; }

    AttributionClass Predict(EvaluationCase evaluationCase);
}
