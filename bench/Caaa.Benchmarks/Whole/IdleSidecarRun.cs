using System.Diagnostics;
using System.Globalization;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// Starts the built sidecar (<c>dotnet Caaa.Sidecar.dll</c>) as its own process with a temporary store,
/// times start to the first 200 from <c>/healthz</c>, then reads its resident memory after it has idled.
/// </summary>
internal static class IdleSidecarRun
{
    public static async Task<int> RunAsync(string sidecarDll, int runs, int idleSeconds)
    {
        // The sidecar runs in a temporary folder, so a path relative to here must be made absolute first.
        sidecarDll = Path.GetFullPath(sidecarDll);
        if (!File.Exists(sidecarDll))
        {
            Console.Error.WriteLine($"{sidecarDll} does not exist: build it with dotnet build src/Caaa.Sidecar -c Release");
            return 1;
        }

        Console.WriteLine(MachineInfo.Describe());
        for (var run = 0; run < runs; run++)
        {
            await RunOnceAsync(sidecarDll, idleSeconds);
        }

        return 0;
    }

    private static async Task RunOnceAsync(string sidecarDll, int idleSeconds)
    {
        var dir = Path.Combine(Path.GetTempPath(), "caaa-bench-idle", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var port = LocalPort.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        info.ArgumentList.Add(sidecarDll);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["CAAA_STORE__PATH"] = Path.Combine(dir, "caaa.db");
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ready = await WaitHealthyAsync(new Uri($"http://127.0.0.1:{port}/healthz"), process, clock, output);
            var atStart = ProcessMemory.Of(process.Id);
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            var idle = ProcessMemory.Of(process.Id);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sidecar start-to-healthz={ready.TotalMilliseconds:F0}ms at-start {ProcessMemory.Describe(atStart)} " +
                $"after-{idleSeconds}s-idle {ProcessMemory.Describe(idle)} {MachineInfo.LoadAverage()}"));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Keeps the sidecar's last output lines, to show why it stopped if it does.</summary>
    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 20 && output.TryDequeue(out _))
        {
        }
    }

    private static async Task<TimeSpan> WaitHealthyAsync(
        Uri health, Process process, Stopwatch clock, IEnumerable<string> output)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The sidecar exited with {process.ExitCode} while starting:{Environment.NewLine}" +
                    string.Join(Environment.NewLine, output));
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException("The sidecar did not answer /healthz within 120 s.");
    }
}
