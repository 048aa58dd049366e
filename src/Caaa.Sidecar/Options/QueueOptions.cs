namespace Caaa.Sidecar.Options;

internal sealed class QueueOptions
{
    /// <summary>Unprocessed incidents beyond which the webhook answers 503. Default value: 1000.</summary>
    public int MaxPending { get; set; } = 1000;

    /// <summary>Incidents processed at the same time. Default value: 2.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>The Retry-After the webhook sends with 503, in seconds. Default value: 30.</summary>
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>How often the store is swept for pending incidents nobody queued. Default value: 30s.</summary>
    public string SweepInterval { get; set; } = "30s";

    /// <summary>Processing attempts before an incident is marked failed. Default value: 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    internal TimeSpan SweepIntervalValue => Durations.Parse(SweepInterval);
}
