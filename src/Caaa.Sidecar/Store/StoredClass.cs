using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

internal static class StoredClass
{
    /// <summary>Reads a class written by the store itself; anything else means the database was edited.</summary>
    public static AttributionClass Parse(string text) =>
        AttributionClassNames.TryParse(text, out var value)
            ? value
            : throw new InvalidDataException($"The store holds an unknown attribution class '{text}'.");
}
