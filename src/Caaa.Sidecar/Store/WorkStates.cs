namespace Caaa.Sidecar.Store;

/// <summary>Where an incident is in the pipeline; only <see cref="Pending"/> is picked up by workers.</summary>
internal static class WorkStates
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Done = "done";
    public const string Failed = "failed";
}
