namespace Caaa.Core.Context;

/// <summary>
/// What the calendar and the deployment pipeline said around an incident, and whether every
/// source answered (<see cref="Complete"/> false lowers confidence).
/// </summary>
public sealed record IncidentContext(IReadOnlyList<ContextEvent> Events, bool Complete = true)
{
    public static IncidentContext Empty { get; } = new([]);

    public IEnumerable<ContextEvent> Calendar => Events.Where(e => e.Kind == ContextEventKind.Calendar);

    public IEnumerable<ContextEvent> Deployments => Events.Where(e => e.Kind == ContextEventKind.Deployment);
}
