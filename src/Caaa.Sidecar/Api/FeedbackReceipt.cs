namespace Caaa.Sidecar.Api;

internal sealed record FeedbackReceipt(long Id, string AttributionId, string Class);
