namespace Caaa.Learning.Datasets;

/// <summary>
/// How Nezha's long daily series are cut. Faults were injected about every 8 minutes and their visible
/// effect on the metrics lasts about 5–6 minutes (checked by eye on the Online Boutique day of 2022-08-22),
/// so a fault window's baseline starts no earlier than the previous injection plus <see cref="Effect"/>, and
/// its after part ends at the next injection. Back-to-back faults therefore get short baselines (2–3 min);
/// this is the honest price of not mixing two faults into one case. Some Train Ticket faults follow the previous
/// one after only 4–6 minutes; they still get <see cref="MinimumBaseline"/>, and their Origin says that this
/// baseline overlaps the previous fault's tail.
/// </summary>
internal sealed record NezhaWindowOptions
{
    public TimeSpan Before { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan After { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan Effect { get; init; } = TimeSpan.FromMinutes(6);

    public TimeSpan MinimumBaseline { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A normal stretch needs this long without any injection before it.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan StretchLength { get; init; } = TimeSpan.FromMinutes(60);

    public static NezhaWindowOptions Default { get; } = new();
}
