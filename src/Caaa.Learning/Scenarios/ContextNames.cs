using System.Globalization;
using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Scenarios;

/// <summary>Realistic names for the calendar entries and deployments a scenario attaches.</summary>
internal static class ContextNames
{
    private static readonly Dictionary<string, string[]> EventsByKind = new(StringComparer.Ordinal)
    {
        ["flash_sale"] = ["Black Friday sale", "Cyber Monday deals", "Summer flash sale", "Midnight doorbusters",
            "Singles' Day sale"],
        ["marketing_campaign"] = ["Spring newsletter campaign", "TV ad campaign", "Influencer campaign launch",
            "Loyalty points double week", "Back-to-school promotion"],
        ["scheduled_batch"] = ["Nightly invoice batch", "Monthly report export", "Catalogue re-index",
            "Quarterly data warehouse load", "Weekly recommendation refresh"],
        ["viral_content"] = ["Product launch livestream", "Celebrity collaboration drop", "Launch press embargo lifts"],
    };

    private static readonly string[] QuietEvents =
    [
        "Public holiday: Labour Day", "Company all-hands", "Quarterly planning", "Team offsite",
        "Office closed: Thanksgiving", "Change freeze", "Pen test window (staging only)",
    ];

    public static string ForSurge(SurgeKind kind, Random random) =>
        Pick(EventsByKind.GetValueOrDefault(kind.Name) ?? EventsByKind["flash_sale"], random);

    public static string WithoutLoad(Random random) => Pick(QuietEvents, random);

    public static string Deployment(string service, Random random) =>
        string.Create(CultureInfo.InvariantCulture,
            $"deploy {service} v{random.Next(1, 4)}.{random.Next(0, 21)}.{random.Next(0, 10)}");

    private static string Pick(string[] names, Random random) => names[random.Next(names.Length)];
}
