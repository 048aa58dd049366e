namespace Caaa.Learning.Datasets;

/// <summary>One injection from a Nezha fault list.</summary>
internal sealed record NezhaFault(DateTimeOffset Injected, string Pod, string Service, string Type);
