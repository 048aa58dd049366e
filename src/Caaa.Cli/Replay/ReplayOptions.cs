namespace Caaa.Cli.Replay;

/// <param name="Cases">How many cases to replay, spread over systems and kinds.</param>
/// <param name="ModelPath">A trained model to use; when null, one is trained on every case outside the replayed groups.</param>
/// <param name="PrometheusUrl">An already running Prometheus to use instead of starting one (its data must be backfilled by the caller).</param>
internal sealed record ReplayOptions(
    string DataDir,
    string OutputDir,
    int Cases = 36,
    int Seed = 42,
    double LoadRatio = 1.0,
    string? ModelPath = null,
    TimeSpan? Timeout = null)
{
    public TimeSpan AttributionTimeout => Timeout ?? TimeSpan.FromMinutes(5);
}
