using System.Diagnostics;

namespace Caaa.Cli.Stack;

/// <summary>Turns an OpenMetrics file into TSDB blocks with <c>promtool tsdb create-blocks-from openmetrics</c>.</summary>
internal static class Backfill
{
    public static async Task RunAsync(string openMetricsPath, string prometheusDataDir, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(prometheusDataDir);
        var info = new ProcessStartInfo(ServerBinaries.Promtool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tsdb", "create-blocks-from", "openmetrics", "-q", openMetricsPath, prometheusDataDir })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new StackException("Could not start promtool.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new StackException(
                $"promtool could not backfill {openMetricsPath} (exit {process.ExitCode}): " +
                $"{(await stderr).Trim()} {(await stdout).Trim()}");
        }
    }
}
