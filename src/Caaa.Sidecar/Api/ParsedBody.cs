namespace Caaa.Sidecar.Api;

/// <summary>A request body that passed validation, or its errors keyed by JSON path.</summary>
internal sealed record ParsedBody<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
    where T : class
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}
