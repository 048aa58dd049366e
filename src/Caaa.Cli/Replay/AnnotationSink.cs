using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Caaa.Cli.Replay;

/// <summary>
/// A stand-in for Grafana's annotations API during a replay (no Grafana runs here): it answers like
/// Grafana and keeps what it received, so a replay can check that annotations really arrived.
/// </summary>
internal sealed class AnnotationSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, string> _bodies = new();
    private readonly ConcurrentQueue<(long Id, string Body)> _patches = new();
    private long _nextId;

    private AnnotationSink(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyCollection<string> Bodies => _bodies.Values.ToArray();

    /// <summary>Every update received, in order, with the id of the annotation it changed.</summary>
    public IReadOnlyList<(long Id, string Body)> Patches => _patches.ToArray();

    public static async Task<AnnotationSink> StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var sink = new AnnotationSink(builder.Build());
        sink._app.MapPost("/api/annotations", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var id = Interlocked.Increment(ref sink._nextId);
            sink._bodies[id] = await reader.ReadToEndAsync();
            return Results.Json(new { id, message = "Annotation added" });
        });
        sink._app.MapMethods("/api/annotations/{id:long}", ["PATCH", "PUT"], async (long id, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            sink._patches.Enqueue((id, await reader.ReadToEndAsync()));
            return Results.Json(new { message = "Annotation patched" });
        });
        await sink._app.StartAsync(cancellationToken);
        sink.Url = new Uri($"http://127.0.0.1:{port}/");
        return sink;
    }

    /// <summary>Whether an annotation with this id was really received.</summary>
    public bool Received(long id) => _bodies.ContainsKey(id);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
