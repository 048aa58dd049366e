namespace Caaa.Integrations.Http;

/// <summary>Stands in for an optional handler that the configuration switched off.</summary>
internal sealed class PassThroughHandler : DelegatingHandler
{
}
