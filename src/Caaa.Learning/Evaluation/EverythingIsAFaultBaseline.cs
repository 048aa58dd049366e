using Caaa.Core.Attribution;

namespace Caaa.Learning.Evaluation;

/// <summary>What paging on every alert amounts to; the reference for FP reduction.</summary>
internal sealed class EverythingIsAFaultBaseline : IBaseline
{
    public string Name => "everything_is_a_fault";

    public string Description => "every alert pages: FAULT always";

    public AttributionClass Predict(EvaluationCase evaluationCase) => AttributionClass.Fault;
}
