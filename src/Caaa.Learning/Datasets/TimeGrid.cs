namespace Caaa.Learning.Datasets;

/// <summary>A regular time axis; samples taken a little off the beat are placed on the nearest tick.</summary>
internal sealed class TimeGrid
{
    public TimeGrid(DateTimeOffset start, TimeSpan step, int length)
    {
        Start = start;
        Step = step;
        Timestamps = Enumerable.Range(0, length).Select(i => start + (step * i)).ToArray();
    }

    public DateTimeOffset Start { get; }

    public TimeSpan Step { get; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public int Length => Timestamps.Count;

    public static TimeGrid Spanning(DateTimeOffset first, DateTimeOffset last, TimeSpan step) =>
        new(first, step, (int)Math.Round((last - first) / step) + 1);

    /// <summary>The nearest tick to <paramref name="instant"/>, or -1 outside the axis.</summary>
    public int IndexOf(DateTimeOffset instant)
    {
        var index = (int)Math.Round((instant - Start) / Step);
        return index >= 0 && index < Length ? index : -1;
    }

    public double[] EmptySeries()
    {
        var values = new double[Length];
        Array.Fill(values, double.NaN);
        return values;
    }
}
