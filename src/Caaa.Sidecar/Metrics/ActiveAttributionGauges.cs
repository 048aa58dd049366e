using Caaa.Core.Attribution;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Metrics;

/// <summary>Recomputes the active-attribution gauges from the store, zeroing series that emptied.</summary>
internal sealed class ActiveAttributionGauges
{
    private readonly IncidentStore _incidents;
    private readonly CaaaMetrics _metrics;
    private readonly Lock _gate = new();
    private HashSet<(string Service, string Class)> _published = [];

    public ActiveAttributionGauges(IncidentStore incidents, CaaaMetrics metrics)
    {
        _incidents = incidents;
        _metrics = metrics;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var counts = await _incidents.CountFiringByClassAsync(cancellationToken);
        lock (_gate)
        {
            Publish(counts);
        }
    }

    private void Publish(IReadOnlyList<(string Service, string Class, int Count)> counts)
    {
        var totals = counts
            .GroupBy(c => (Service: _metrics.Service(c.Service), c.Class))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        foreach (var stale in _published.Where(key => !totals.ContainsKey(key)))
        {
            Set(stale, 0);
        }

        foreach (var (key, count) in totals)
        {
            Set(key, count);
        }

        _published = [.. totals.Keys];
    }

    private void Set((string Service, string Class) key, int count)
    {
        _metrics.ActiveAttributions.WithLabels(key.Service, key.Class).Set(count);
        if (key.Class == AttributionClass.ExpectedLoad.ToWire())
        {
            _metrics.ExpectedLoadActive.WithLabels(key.Service).Set(count);
        }
    }
}
