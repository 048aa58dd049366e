using System.Globalization;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Caaa.Reliability.Tests.Support;

/// <summary>WireMock Prometheus answering query_range with one request-rate series that triples at the onset.</summary>
internal static class FakePrometheus
{
    public static WireMockServer Start() => WireMockServer.Start();

    public static void AnswerLoadSurge(WireMockServer server, DateTimeOffset onset, TimeSpan delay)
    {
        server.Reset();
        server.Given(Request.Create().WithPath("/api/v1/query_range"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(LoadSurgeBody(onset)).WithDelay(Max(delay, TimeSpan.FromMilliseconds(1))));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public static string LoadSurgeBody(DateTimeOffset onset)
    {
        var values = new JsonArray();
        for (var t = onset.AddMinutes(-45); t <= onset.AddMinutes(15); t = t.AddSeconds(30))
        {
            var value = t < onset ? 100 + (t.Second % 7) : 300 + (t.Second % 5);
            values.Add(new JsonArray(t.ToUnixTimeSeconds(), value.ToString(CultureInfo.InvariantCulture)));
        }

        var series = new JsonObject { ["metric"] = new JsonObject { ["service"] = "checkout" }, ["values"] = values };
        return new JsonObject
        {
            ["status"] = "success",
            ["data"] = new JsonObject { ["resultType"] = "matrix", ["result"] = new JsonArray(series) },
        }.ToJsonString();
    }
}
