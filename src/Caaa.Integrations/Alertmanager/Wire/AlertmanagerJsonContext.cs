using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

[JsonSerializable(typeof(PostableSilenceWire))]
[JsonSerializable(typeof(GettableSilenceWire))]
[JsonSerializable(typeof(List<GettableSilenceWire>))]
[JsonSerializable(typeof(PostSilenceResponseWire))]
[JsonSerializable(typeof(StatusWire))]
internal sealed partial class AlertmanagerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Writes label names and values as UTF-8 text rather than <c>\u</c> escapes, so a body shows
    /// <c>région</c> as the alert had it (characters outside the BMP are still escaped by the encoder,
    /// which Alertmanager decodes to the same string).
    /// </summary>
    public static AlertmanagerJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
