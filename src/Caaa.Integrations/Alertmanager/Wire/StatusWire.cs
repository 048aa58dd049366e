using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

/// <summary>The part of <c>GET /api/v2/status</c> CAAA reads: the server's version.</summary>
internal sealed record StatusWire([property: JsonPropertyName("versionInfo")] VersionInfoWire? VersionInfo);
