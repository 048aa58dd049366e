using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Caaa.Reliability.Tests.Support;

/// <summary>
/// A WireMock Alertmanager that keeps the silences posted to it, so listing reflects what was created
/// (the client's reuse check depends on that). The POST answer can be held back after the silence is
/// stored, to kill the sidecar in exactly that gap.
/// </summary>
internal sealed class FakeAlertmanager : IDisposable
{
    private readonly ConcurrentDictionary<string, JsonObject> _silences = new(StringComparer.Ordinal);
    private int _next;
    private int _creates;

    public FakeAlertmanager()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath("/api/v2/silences").UsingPost())
            .RespondWith(Response.Create().WithCallback(Create));
        Server.Given(Request.Create().WithPath("/api/v2/silences").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => Json(200, new JsonArray([.. Snapshot()]))));
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/api/v2/silence/[^/]+$"))
                .UsingGet())
            .RespondWith(Response.Create().WithCallback(Get));
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/api/v2/silence/[^/]+$"))
                .UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(200));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>How long the answer to a create is held after the silence is stored.</summary>
    public TimeSpan CreateAnswerDelay { get; set; }

    /// <summary>Set when a silence was stored and its answer is being held back.</summary>
    public TaskCompletionSource CreateHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<JsonObject> Silences => Snapshot();

    /// <summary>
    /// POST /api/v2/silences received, counted when they arrive: WireMock's own request log only
    /// records an exchange once answered, and a killed client never receives its answer.
    /// </summary>
    public int CreateRequests => Volatile.Read(ref _creates);

    public void Dispose() => Server.Stop();

    private List<JsonObject> Snapshot() => _silences.Values.Select(s => (JsonObject)s.DeepClone()).ToList();

    private ResponseMessage Create(IRequestMessage request)
    {
        Interlocked.Increment(ref _creates);
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var id = body["id"]?.GetValue<string>()
            ?? "s" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        body["id"] = id;
        body["status"] = new JsonObject { ["state"] = "active" };
        body["updatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        _silences[id] = body;
        if (CreateAnswerDelay > TimeSpan.Zero)
        {
            CreateHeld.TrySetResult();
            Thread.Sleep(CreateAnswerDelay);
        }

        return Json(200, new JsonObject { ["silenceID"] = id });
    }

    private ResponseMessage Get(IRequestMessage request)
    {
        var id = request.Path.Split('/')[^1];
        return _silences.TryGetValue(id, out var silence)
            ? Json(200, silence.DeepClone())
            : Json(404, JsonValue.Create("silence not found")!);
    }

    private static ResponseMessage Json(int status, JsonNode body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>>
        {
            ["Content-Type"] = new("application/json"),
            ["Date"] = new(DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture)),
        },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String },
    };
}
