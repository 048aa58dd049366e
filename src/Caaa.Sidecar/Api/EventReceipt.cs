namespace Caaa.Sidecar.Api;

internal sealed record EventReceipt(string Id, string Kind, string Name);
