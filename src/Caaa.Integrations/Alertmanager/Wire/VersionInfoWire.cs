using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

internal sealed record VersionInfoWire([property: JsonPropertyName("version")] string? Version);
