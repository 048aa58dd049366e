namespace Caaa.Integrations.Context;

/// <summary>Told about every source that failed while gathering, so the sidecar can count it.</summary>
internal interface IContextFailureObserver
{
    void OnSourceFailed(string sourceName, UpstreamException failure);
}
