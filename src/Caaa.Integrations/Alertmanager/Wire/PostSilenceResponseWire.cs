using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

internal sealed record PostSilenceResponseWire([property: JsonPropertyName("silenceID")] string? SilenceId);
