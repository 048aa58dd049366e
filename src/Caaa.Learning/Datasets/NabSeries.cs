using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// How a NAB realKnownCause file becomes one pseudo-service's signal. The mapping is ours, not NAB's:
/// nyc_taxi passengers per 30 min → Load in passengers/s; the AWS CPU file → Cpu (%); the EC2 request latency
/// (read as milliseconds) → Latency in s; the two temperature files stand in for Cpu, as a machine-health
/// proxy. The rogue_agent keystroke files have no ops meaning and no mapping.
/// </summary>
internal sealed record NabSeries(Signal Signal, double Scale, string Unit)
{
    public static NabSeries? For(string stem) => stem switch
    {
        "nyc_taxi" => new(Signal.Load, 1.0 / 1800, "passengers/s"),
        "cpu_utilization_asg_misconfiguration" => new(Signal.Cpu, 1, "% CPU"),
        "ec2_request_latency_system_failure" => new(Signal.Latency, 1.0 / 1000, "s"),
        "machine_temperature_system_failure" => new(Signal.Cpu, 1, "temperature as a Cpu proxy"),
        "ambient_temperature_system_failure" => new(Signal.Cpu, 1, "temperature as a Cpu proxy"),
        _ => null,
    };
}
