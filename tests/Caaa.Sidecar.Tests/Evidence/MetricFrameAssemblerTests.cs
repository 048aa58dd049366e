using Caaa.Core.Metrics;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Evidence;

namespace Caaa.Sidecar.Tests.Evidence;

public sealed class MetricFrameAssemblerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SeriesWithGap_JoinedByTimestampWithNaN()
    {
        var assembler = new MetricFrameAssembler();
        assembler.Add(Signal.Load, "checkout", [At(0, 1), At(60, 2), At(120, 3), At(180, 4)]);
        assembler.Add(Signal.Errors, "checkout", [At(0, 0.1), At(180, 0.4)]);

        var frame = assembler.Build();

        Assert.Equal(4, frame.Length);
        var errors = frame["checkout", Signal.Errors]!;
        Assert.Equal(0.1, errors[0]);
        Assert.True(double.IsNaN(errors[1]) && double.IsNaN(errors[2]));
        Assert.Equal(0.4, errors[3]);
    }

    [Fact]
    public void Build_TwoSeriesForOneService_Summed()
    {
        var assembler = new MetricFrameAssembler();
        assembler.Add(Signal.Load, "checkout", [At(0, 1), At(60, double.NaN)]);
        assembler.Add(Signal.Load, "checkout", [At(0, 2), At(60, 5)]);

        var frame = assembler.Build();

        Assert.Equal([3.0, 5.0], frame["checkout", Signal.Load]!);
    }

    private static Sample At(int seconds, double value) => new(T0.AddSeconds(seconds), value);
}
