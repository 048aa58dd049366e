namespace Caaa.Core.Attribution;

/// <summary>The wire spelling of each class: FAULT, EXPECTED_LOAD, UNKNOWN.</summary>
public static class AttributionClassNames
{
    public static string ToWire(this AttributionClass value) => value switch
    {
        AttributionClass.Fault => "FAULT",
        AttributionClass.ExpectedLoad => "EXPECTED_LOAD",
        _ => "UNKNOWN",
    };

    public static bool TryParse(string? text, out AttributionClass value)
    {
        value = text?.Trim().ToUpperInvariant() switch
        {
            "FAULT" => AttributionClass.Fault,
            "EXPECTED_LOAD" => AttributionClass.ExpectedLoad,
            "UNKNOWN" => AttributionClass.Unknown,
            _ => (AttributionClass)(-1),
        };
        return Enum.IsDefined(value);
    }
}
