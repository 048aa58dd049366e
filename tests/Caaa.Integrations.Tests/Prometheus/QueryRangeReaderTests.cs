using System.Text.Json;
using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;
using CsCheck;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class QueryRangeReaderTests
{
    [Theory]
    [InlineData("prometheus-http-api/prometheus-docs-api-md/L0204_range-queries.json", 2, 6)]
    [InlineData("prometheus-http-api/grafana-testdata/pkg__promlib__testdata__range_missing.result.json", 1, 3)]
    public void Parse_WireFormatMatrixSamples_ReadsEverySample(string file, int series, int samples)
    {
        var json = SharedFiles.ReadWireFormat(file);

        var result = QueryRangeReader.Parse(json);

        Assert.Equal(series, result.Series.Count);
        Assert.Equal(samples, result.Series.Sum(s => s.Samples.Count));
        Assert.False(result.Partial);
    }

    [Fact]
    public void Parse_DocsRangeQuery_KeepsLabelsAndMillisecondTimestamps()
    {
        var json = SharedFiles.ReadWireFormat("prometheus-http-api/prometheus-docs-api-md/L0204_range-queries.json");

        var result = QueryRangeReader.Parse(json);

        Assert.Equal("localhost:9091", result.Series[1].Metric["instance"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_435_781_430_781), result.Series[0].Samples[0].Timestamp);
    }

    [Fact]
    public void Parse_CodecTestMatrixLines_ParseAndHistogramsAreFlaggedPartial()
    {
        var lines = File.ReadAllLines(SharedFiles.WireFormat(
            "prometheus-http-api/prometheus-web-api-v1__json_codec_test.expected.jsonl"));
        var matrices = lines
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("json").GetString()!)
            .Where(j => j.Contains("\"matrix\"", StringComparison.Ordinal))
            .ToList();

        var results = matrices.Select(QueryRangeReader.Parse).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(2, results.Count(r => !r.Partial));
        Assert.Contains(results, r => r.Partial && r.Warnings[0].Contains("histogram", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CodecTestScalarSpellings_AllReadableAsSampleValues()
    {
        var lines = File.ReadAllLines(SharedFiles.WireFormat(
            "prometheus-http-api/prometheus-web-api-v1__json_codec_test.expected.jsonl"));
        var scalars = lines
            .Select(l => JsonDocument.Parse(JsonDocument.Parse(l).RootElement.GetProperty("json").GetString()!).RootElement)
            .Where(r => r.GetProperty("data").ValueKind == JsonValueKind.Array
                && r.GetProperty("data").GetArrayLength() == 2
                && r.GetProperty("data")[1].ValueKind == JsonValueKind.String)
            .Select(r => r.GetProperty("data")[1].GetString()!)
            .ToList();

        var parsed = scalars.Select(s => (Ok: SampleValue.TryParse(s, out var v), Value: v)).ToList();

        Assert.Equal(15, scalars.Count);
        Assert.All(parsed, p => Assert.True(p.Ok));
        Assert.Contains(parsed, p => p.Value == 1.2345678e-67);
    }

    [Fact]
    public void Parse_VectorResult_InvalidResponse()
    {
        var json = SharedFiles.ReadWireFormat("prometheus-http-api/grafana-testdata/pkg__util__converter__testdata__prom-warnings.json");

        var error = Assert.Throws<UpstreamException>(() => QueryRangeReader.Parse(json));

        Assert.Equal(UpstreamFailure.InvalidResponse, error.Reason);
        Assert.Contains("matrix", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"abc"]]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["x","1"]]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1e30,"1"]]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":1},"values":[]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix"}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[]},"warnings":"x"}""")]
    [InlineData("Service Unavailable")]
    [InlineData("")]
    public void Parse_MalformedShapes_InvalidResponse(string json)
    {
        var error = Assert.Throws<UpstreamException>(() => QueryRangeReader.Parse(json));

        Assert.Equal(UpstreamFailure.InvalidResponse, error.Reason);
        Assert.False(error.Retryable);
    }

    [Fact]
    public void Parse_ErrorEnvelopeIn200_ClassifiedLikeTheStatus()
    {
        const string json = """{"status":"error","errorType":"bad_data","error":"parse error"}""";

        var error = Assert.Throws<UpstreamException>(() => QueryRangeReader.Parse(json));

        Assert.Equal(UpstreamFailure.Rejected, error.Reason);
        Assert.False(error.Retryable);
    }

    [Fact]
    public void Parse_ArbitrarySampleStringsAndNumbers_OnlyEverInvalidResponse()
    {
        var values = Gen.OneOf(
            Gen.String.Select(s => JsonSerializer.Serialize(s)),
            Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "0"),
            Gen.OneOfConst("\"NaN\"", "\"+Inf\"", "\"-Inf\"", "\"Inf\"", "\"1e999\"", "\"-0\"", "null", "true", "[]", "{}"));
        var timestamps = Gen.OneOf(
            Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "1"),
            Gen.String.Select(s => JsonSerializer.Serialize(s)));
        var bodies = Gen.Select(timestamps, values).Array[0, 5].Select(pairs =>
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":["
            + string.Join(",", pairs.Select(p => $"[{p.Item1},{p.Item2}]")) + "]}]}}");

        bodies.Sample(body =>
        {
            try
            {
                QueryRangeReader.Parse(body);
            }
            catch (UpstreamException e) when (e.Reason == UpstreamFailure.InvalidResponse)
            {
                // The only failure allowed.
            }
        }, iter: 2000);
    }

    [Fact]
    public void Parse_ArbitraryText_OnlyEverInvalidResponse()
    {
        Gen.String.Sample(text =>
        {
            try
            {
                QueryRangeReader.Parse(text);
            }
            catch (UpstreamException e) when (e.Reason == UpstreamFailure.InvalidResponse)
            {
                // The only failure allowed.
            }
        }, iter: 2000);
    }
}
