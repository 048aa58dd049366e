using System.Net;
using System.Text.Json;
using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class PrometheusErrorClassifierTests
{
    [Fact]
    public void C12_Classify_EveryHandedResponse_MatchesItsExpectation()
    {
        var responses = JsonDocument.Parse(SharedFiles.ReadCase("C12.json")).RootElement.GetProperty("responses");

        var verdicts = responses.EnumerateArray().Select(r =>
        {
            var body = r.GetProperty("body");
            var isJson = body.ValueKind == JsonValueKind.Object;
            var error = PrometheusErrorClassifier.Classify(
                (HttpStatusCode)r.GetProperty("httpStatus").GetInt32(),
                isJson ? body.GetProperty("errorType").GetString() : null,
                isJson ? body.GetProperty("error").GetString()! : body.GetString()!);
            var expected = r.GetProperty("expect").GetString()!.StartsWith("retry", StringComparison.Ordinal);
            return (expected, error.Retryable);
        }).ToList();

        Assert.Equal(5, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal(v.expected, v.Retryable));
    }

    [Theory]
    [InlineData(500, null, UpstreamFailure.Unavailable, true)]
    [InlineData(503, "timeout", UpstreamFailure.Timeout, true)]
    [InlineData(504, null, UpstreamFailure.Timeout, true)]
    [InlineData(401, null, UpstreamFailure.Rejected, false)]
    [InlineData(404, null, UpstreamFailure.Rejected, false)]
    public void Classify_ByStatus_ReasonAndRetry(int status, string? errorType, UpstreamFailure reason, bool retryable)
    {
        var error = PrometheusErrorClassifier.Classify((HttpStatusCode)status, errorType, "message");

        Assert.Equal(reason, error.Reason);
        Assert.Equal(retryable, error.Retryable);
    }
}
