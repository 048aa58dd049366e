using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Pipeline;

/// <summary>
/// Processes one claimed incident: decide once (evaluate, annotate, silence), then, when the alert
/// has resolved, close the annotation and take back any silence. Each side effect is keyed on the
/// incident, so a replay finds it done and does nothing.
/// </summary>
internal sealed class IncidentProcessor
{
    private readonly IncidentStore _incidents;
    private readonly IncidentEvaluator _evaluator;
    private readonly AnnotationPublisher _annotations;
    private readonly SilenceManager _silences;

    public IncidentProcessor(
        IncidentStore incidents,
        IncidentEvaluator evaluator,
        AnnotationPublisher annotations,
        SilenceManager silences)
    {
        _incidents = incidents;
        _evaluator = evaluator;
        _annotations = annotations;
        _silences = silences;
    }

    /// <summary>Returns true when the incident changed meanwhile and needs another pass.</summary>
    public async Task<bool> ProcessAsync(string incidentId, CancellationToken cancellationToken)
    {
        var incident = await _incidents.GetAsync(incidentId, cancellationToken)
            ?? throw new InvalidOperationException($"Incident {incidentId} is not in the store.");

        if (incident.AttributionId is null)
        {
            var evaluation = await _evaluator.EvaluateAsync(incident, cancellationToken);
            incident = await _incidents.GetAsync(incidentId, cancellationToken) ?? incident;
            incident = await _annotations.PublishAsync(incident, evaluation.Record, cancellationToken);
            incident = await _silences.ApplyAsync(incident, evaluation, cancellationToken);
        }

        if (incident.Status == AlertStatus.Resolved)
        {
            await _annotations.CloseAsync(incident, cancellationToken);
            if (incident.HasActiveSilence)
            {
                await _silences.ExpireAsync(incident, "the alert resolved", cancellationToken);
            }
        }

        return await _incidents.CompleteAsync(incidentId, incident.Status, cancellationToken);
    }
}
