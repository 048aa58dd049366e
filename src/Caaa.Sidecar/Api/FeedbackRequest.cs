namespace Caaa.Sidecar.Api;

internal sealed record FeedbackRequest(string? Class, string? Comment, string? Author);
