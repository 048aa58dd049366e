namespace Caaa.Sidecar.Health;

/// <summary>
/// <c>--healthcheck</c>: asks a running sidecar's <c>/healthz</c> and exits 0 or 1, so a container
/// image without curl can still have a HEALTHCHECK.
/// </summary>
internal static class HealthProbe
{
    public static bool IsRequested(string[] args) => args.Contains("--healthcheck", StringComparer.Ordinal);

    public static async Task<int> RunAsync()
    {
        var port = Environment.GetEnvironmentVariable("CAAA_HEALTHCHECK_PORT") ?? "8080";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"healthcheck: {exception.Message}");
            return 1;
        }
    }
}
