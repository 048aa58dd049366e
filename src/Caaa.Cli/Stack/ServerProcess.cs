using System.Diagnostics;

namespace Caaa.Cli.Stack;

/// <summary>
/// A server started by CAAA: its output goes to a log file, it is stopped by its process id, and
/// it is never left running when the owner is disposed.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(string name, Process process, StreamWriter log, Uri url)
    {
        Name = name;
        _process = process;
        _log = log;
        Url = url;
    }

    public string Name { get; }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(
        string name,
        string binary,
        IEnumerable<string> arguments,
        Uri url,
        string readyPath,
        string logPath,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new StackException($"Could not start {binary}.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(name, process, log, url);
        await server.WaitReadyAsync(readyPath, logPath, cancellationToken);
        return server;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private async Task WaitReadyAsync(string readyPath, string logPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new StackException(
                    $"{Name} exited with code {_process.ExitCode} while starting; see {logPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, readyPath), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The probe timed out; try again.
            }

            await Task.Delay(200, cancellationToken);
        }

        await DisposeAsync();
        throw new StackException($"{Name} did not become ready at {Url} within 60 s; see {logPath}.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // Killed but slow to reap; the kernel finishes it.
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
