namespace Caaa.Core.Metrics;

/// <summary>The five golden signals CAAA looks at for every service.</summary>
public enum Signal
{
    Cpu,
    Memory,
    Load,
    Latency,
    Errors,
}
