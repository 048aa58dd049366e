using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Caaa.Reliability.Tests.Support;

/// <summary>
/// The built sidecar (src/Caaa.Sidecar/bin/&lt;configuration&gt;/net10.0) as a real child process: started
/// on a free port, killed with SIGKILL, its output kept for inspection.
/// </summary>
internal sealed class SidecarProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SidecarProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string DllPath
    {
        get
        {
            // The test runs from tests/Caaa.Reliability.Tests/bin/<configuration>/net10.0.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
            return Path.Combine(Repository.Root, "src", "Caaa.Sidecar", "bin", configuration, "net10.0",
                "Caaa.Sidecar.dll");
        }
    }

    public static async Task<SidecarProcess> StartAsync(string configPath)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { DllPath, "--config", configPath, "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["Logging__Console__FormatterName"] = "simple";
        var process = new SidecarProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        await process.WaitReadyAsync();
        return process;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Url };

    /// <summary>SIGKILL: no shutdown hook runs, exactly like an OOM kill or a node failure.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var http = CreateClient();
        for (var poll = 0; poll < 600; poll++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The sidecar exited during start-up:\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The sidecar never became ready:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
