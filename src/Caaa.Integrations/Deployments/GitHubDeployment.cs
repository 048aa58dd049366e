using System.Text.Json;

namespace Caaa.Integrations.Deployments;

/// <summary>
/// An item of <c>GET /repos/{owner}/{repo}/deployments</c>. <see cref="Payload"/> stays raw: GitHub
/// returns an object, <c>""</c>, or a JSON document encoded as a string, depending on who created it.
/// </summary>
internal sealed record GitHubDeployment(
    long Id,
    string? Sha,
    string? Ref,
    string? Environment,
    JsonElement Payload,
    DateTimeOffset CreatedAt)
{
    /// <summary>The payload as a JSON object, decoding a string payload; null when there is none.</summary>
    public JsonElement? PayloadObject()
    {
        if (Payload.ValueKind == JsonValueKind.Object)
        {
            return Payload;
        }

        if (Payload.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Payload.GetString()))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Payload.GetString()!);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            // A free-text payload is legal; it just carries no structured data.
            return null;
        }
    }
}
