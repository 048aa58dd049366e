using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caaa.Integrations.Grafana.Wire;

[JsonSerializable(typeof(PostAnnotationWire))]
[JsonSerializable(typeof(PatchAnnotationWire))]
[JsonSerializable(typeof(List<AnnotationItemWire>))]
internal sealed partial class GrafanaJsonContext : JsonSerializerContext
{
    /// <summary>Annotation text is shown to people: keep it readable UTF-8 on the wire.</summary>
    public static GrafanaJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    });
}
