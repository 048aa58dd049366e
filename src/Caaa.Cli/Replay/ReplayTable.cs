using System.Globalization;
using Spectre.Console;

namespace Caaa.Cli.Replay;

/// <summary>The replay's outcome on the terminal: one row per case, then the totals.</summary>
internal static class ReplayTable
{
    public static void Write(IAnsiConsole console, ReplaySummary summary)
    {
        var table = new Table().AddColumns("case", "system", "kind", "truth", "attribution", "conf", "offline",
            "silenced", "annotated");
        table.Columns[0].NoWrap();
        foreach (var c in summary.Cases)
        {
            var danger = c.Truth == "FAULT" && c.Silenced;
            table.AddRow(
                Markup.Escape(c.Id),
                c.System,
                c.Kind,
                c.Truth,
                c.Attribution,
                c.Confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-",
                c.OfflineAttribution,
                danger ? "[red]YES[/]" : c.Silenced ? "yes" : "no",
                c.Annotated ? "yes" : "no");
        }

        console.Write(table);
        var t = summary.Totals;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"cases {t.Cases} (attributed {t.Attributed}): {t.Faults} FAULT, {t.ExpectedLoad} EXPECTED_LOAD " +
            $"({t.AnnouncedExpectedLoad} announced); UNKNOWN {t.Unknown}"));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"faults attributed EXPECTED_LOAD {t.FaultsAttributedExpectedLoad}; " +
            $"silenced: faults {t.FaultsSilenced}, expected load {t.ExpectedLoadSilenced} " +
            $"(announced {t.AnnouncedExpectedLoadSilenced}/{t.AnnouncedExpectedLoad}); " +
            $"online agrees with offline on {t.AgreeWithOffline}/{t.Cases} " +
            $"(largest confidence gap {t.LargestConfidenceGap:0.00})"));
        var scraped = string.Join(", ", summary.Scraped.Select(kv =>
            string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value}")));
        console.MarkupLine($"caaa_attributions_total through Prometheus: {Markup.Escape(scraped)}");
    }
}
