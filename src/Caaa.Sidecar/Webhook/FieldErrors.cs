namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Validation errors keyed by JSON path (<c>alerts[1].startsAt</c>, <c>services[0]</c>, <c>$</c> for the
/// body itself), in the shape ProblemDetails' <c>errors</c> expects.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
