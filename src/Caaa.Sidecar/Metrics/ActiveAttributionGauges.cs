using Caaa.Core.Attribution;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Metrics;

/// <summary>
/// Recomputes the active-attribution gauges from the store before each scrape, zeroing series that emptied.
/// </summary>
internal sealed class ActiveAttributionGauges : IDisposable
{
    private readonly IncidentStore _incidents;
    private readonly CaaaMetrics _metrics;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<(string Service, string Class)> _published = [];

    public ActiveAttributionGauges(IncidentStore incidents, CaaaMetrics metrics)
    {
        _incidents = incidents;
        _metrics = metrics;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // Read and publish under one gate, so an older count never overwrites a newer one.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Publish(await _incidents.CountFiringByClassAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

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
