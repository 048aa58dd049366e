namespace Caaa.Integrations.Deployments;

/// <summary>The part of Argo CD's <c>v1alpha1Application</c> CAAA reads.</summary>
internal sealed record ArgoCdApplication(ArgoCdApplicationStatus? Status);
