namespace Caaa.Sidecar.Metrics;

/// <summary>
/// Keeps a metric label's cardinality bounded: the first <c>max</c> distinct values pass, later ones
/// become <c>other</c>. Alert label values reach metrics only through this (alertname and service),
/// cleaned of control characters first (<see cref="LabelValueText"/>).
/// </summary>
internal sealed class BoundedLabelValues
{
    public const string Other = "other";
    public const string Unknown = "unknown";

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly int _max;
    private readonly Lock _lock = new();

    public BoundedLabelValues(int max)
    {
        _max = max;
    }

    public string Bound(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Unknown;
        }

        value = LabelValueText.Clean(value);
        lock (_lock)
        {
            if (_seen.Contains(value) || _seen.Count < _max && _seen.Add(value))
            {
                return value;
            }
        }

        return Other;
    }
}
