namespace Caaa.Learning.Datasets;

internal static class NezhaPods
{
    /// <summary>
    /// The service a Kubernetes pod belongs to: the pod name without the ReplicaSet hash and the pod suffix
    /// (<c>ts-auth-service-7f8d7d756d-k7b9j</c> → <c>ts-auth-service</c>).
    /// </summary>
    public static string ServiceOf(string pod)
    {
        var parts = pod.Split('-');
        return parts.Length >= 3 ? string.Join('-', parts[..^2]) : pod;
    }
}
