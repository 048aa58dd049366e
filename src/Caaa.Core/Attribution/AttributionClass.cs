namespace Caaa.Core.Attribution;

public enum AttributionClass
{
    Fault,
    ExpectedLoad,
    Unknown,
}
