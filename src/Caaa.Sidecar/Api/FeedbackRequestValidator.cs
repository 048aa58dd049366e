using Caaa.Core.Attribution;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Api;

/// <summary>
/// Turns a <c>POST /api/v1/attributions/{id}/feedback</c> body into a <see cref="FeedbackRecord"/> or
/// field-named errors. A blank comment or author carries nothing and is kept as absent.
/// </summary>
internal static class FeedbackRequestValidator
{
    public static ParsedBody<FeedbackRecord> Parse(
        ReadOnlySpan<byte> body,
        string attributionId,
        DateTimeOffset receivedAt)
    {
        var errors = new FieldErrors();
        var request = JsonBody.Read<FeedbackRequest>(body, errors);
        var feedback = request is null ? null : Validate(request, attributionId, receivedAt, errors);
        return new ParsedBody<FeedbackRecord>(errors.Count == 0 ? feedback : null, errors.ToDictionary());
    }

    private static FeedbackRecord? Validate(
        FeedbackRequest request,
        string attributionId,
        DateTimeOffset receivedAt,
        FieldErrors errors)
    {
        if (!AttributionClassNames.TryParse(request.Class, out var corrected))
        {
            errors.Add("class", request.Class is null
                ? "is required: FAULT, EXPECTED_LOAD or UNKNOWN"
                : $"must be FAULT, EXPECTED_LOAD or UNKNOWN (got \"{request.Class}\")");
        }

        CheckLength(request.Comment, "comment", PushLimits.MaxCommentLength, errors);
        CheckLength(request.Author, "author", PushLimits.MaxNameLength, errors);
        return errors.Count > 0
            ? null
            : new FeedbackRecord(attributionId, corrected, NullIfBlank(request.Comment), NullIfBlank(request.Author),
                receivedAt);
    }

    private static void CheckLength(string? text, string field, int limit, FieldErrors errors)
    {
        if (text?.Length > limit)
        {
            errors.Add(field, $"must be at most {limit} characters (got {text.Length})");
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
