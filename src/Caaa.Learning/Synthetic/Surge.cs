using MathNet.Numerics.Distributions;

namespace Caaa.Learning.Synthetic;

/// <summary>One surge: a linear ramp up, a plateau at <see cref="Multiplier"/> with 5% jitter, a ramp down.</summary>
internal sealed record Surge(SurgeKind Kind, double Multiplier, DateTimeOffset Start, TimeSpan Duration, TimeSpan Ramp)
{
    private const double PlateauJitter = 0.05;

    public DateTimeOffset End => Start + Duration;

    /// <summary>The request-rate multiplier at each timestamp (1 outside the surge, never below 1).</summary>
    public double[] Profile(IReadOnlyList<DateTimeOffset> timestamps, Random random)
    {
        var profile = new double[timestamps.Count];
        for (var i = 0; i < profile.Length; i++)
        {
            var elapsed = timestamps[i] - Start;
            profile[i] = elapsed < TimeSpan.Zero || elapsed >= Duration ? 1.0 : Math.Max(1.0, At(elapsed, random));
        }

        return profile;
    }

    private double At(TimeSpan elapsed, Random random)
    {
        var rise = Multiplier - 1.0;
        if (elapsed < Ramp)
        {
            return 1.0 + (rise * (elapsed / Ramp));
        }

        if (elapsed < Duration - Ramp)
        {
            return Multiplier + Normal.Sample(random, 0, PlateauJitter);
        }

        return Multiplier - (rise * ((elapsed - (Duration - Ramp)) / Ramp));
    }
}
