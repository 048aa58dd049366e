using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

/// <summary><c>active</c>, <c>pending</c> or <c>expired</c>.</summary>
internal sealed record SilenceStatusWire([property: JsonPropertyName("state")] string? State);
