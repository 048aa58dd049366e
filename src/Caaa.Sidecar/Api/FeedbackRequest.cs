namespace Caaa.Sidecar.Api;

/// <summary>A human correction as sent; every field nullable so validation can name it.</summary>
internal sealed record FeedbackRequest(string? Class, string? Comment, string? Author);
