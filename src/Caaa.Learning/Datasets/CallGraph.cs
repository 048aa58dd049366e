namespace Caaa.Learning.Datasets;

/// <summary>
/// Who calls whom, with a relative call weight per edge. Used by the synthetic load generator to push an
/// entry service's extra requests down to the services it calls.
/// </summary>
internal sealed class CallGraph
{
    private readonly Dictionary<string, Dictionary<string, double>> _callees;

    public CallGraph(IEnumerable<(string Caller, string Callee, double Weight)> edges)
    {
        _callees = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (caller, callee, weight) in edges)
        {
            if (!_callees.TryGetValue(caller, out var targets))
            {
                targets = new Dictionary<string, double>(StringComparer.Ordinal);
                _callees[caller] = targets;
            }

            targets[callee] = weight;
        }
    }

    public static CallGraph Empty { get; } = new([]);

    public bool IsEmpty => _callees.Count == 0;

    public IReadOnlyDictionary<string, double> Callees(string service) =>
        _callees.TryGetValue(service, out var targets) ? targets : new Dictionary<string, double>();

    /// <summary>Services that call others and are called by none: where user traffic enters.</summary>
    public IReadOnlyList<string> EntryServices()
    {
        var called = _callees.Values.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        return _callees.Keys.Where(s => !called.Contains(s)).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The graph restricted to the given services (drops pseudo-nodes such as IP addresses).</summary>
    public CallGraph Restrict(IReadOnlyCollection<string> services)
    {
        var known = services.ToHashSet(StringComparer.Ordinal);
        return new CallGraph(_callees
            .Where(kv => known.Contains(kv.Key))
            .SelectMany(kv => kv.Value.Where(t => known.Contains(t.Key)).Select(t => (kv.Key, t.Key, t.Value))));
    }

    /// <summary>
    /// How much of each service's traffic follows the entry services' traffic: 1 for an entry service, and
    /// for a callee the largest share among its callers scaled by the edge weight relative to the caller's
    /// heaviest edge. Services not reachable from an entry are absent (their traffic is not user-driven).
    /// </summary>
    public IReadOnlyDictionary<string, double> TrafficShares()
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var entry in EntryServices())
        {
            shares[entry] = 1.0;
            queue.Enqueue(entry);
        }

        while (queue.Count > 0)
        {
            var caller = queue.Dequeue();
            var targets = Callees(caller);
            var heaviest = targets.Count == 0 ? 1.0 : Math.Max(targets.Values.Max(), double.Epsilon);
            foreach (var (callee, weight) in targets)
            {
                var share = shares[caller] * Math.Clamp(weight / heaviest, 0, 1);
                if (!shares.TryGetValue(callee, out var known) || share > known + 1e-12)
                {
                    shares[callee] = share;
                    queue.Enqueue(callee);
                }
            }
        }

        return shares;
    }
}
