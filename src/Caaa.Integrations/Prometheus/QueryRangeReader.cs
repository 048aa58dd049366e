using System.Text.Json;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Reads a <c>query_range</c> envelope. Every shape it does not expect becomes an
/// <see cref="UpstreamException"/> with <see cref="UpstreamFailure.InvalidResponse"/>, never another exception.
/// </summary>
internal static class QueryRangeReader
{
    private const string Upstream = UpstreamNames.Prometheus;

    public static RangeQueryResult Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadEnvelope(document.RootElement);
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            throw Invalid($"the body is not valid JSON: {exception.Message}", exception);
        }
    }

    public static async Task<RangeQueryResult> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
            return ReadEnvelope(document.RootElement);
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            throw Invalid($"the body is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Malformed text surfaces from System.Text.Json as JsonException, or, for escaped lone surrogates
    /// and bad transcoding, as InvalidOperationException or ArgumentException.
    /// </summary>
    private static bool IsMalformed(Exception exception) =>
        exception is JsonException or InvalidOperationException or ArgumentException or FormatException;

    private static RangeQueryResult ReadEnvelope(JsonElement root)
    {
        RequireKind(root, JsonValueKind.Object, "the envelope");
        var status = ReadString(root, "status", "the envelope");
        if (status != "success")
        {
            throw PrometheusErrorClassifier.FromErrorEnvelope(root);
        }

        var warnings = ReadWarnings(root);
        var data = Property(root, "data", "the envelope");
        RequireKind(data, JsonValueKind.Object, "data");
        var resultType = ReadString(data, "resultType", "data");
        if (resultType != "matrix")
        {
            throw Invalid($"expected resultType 'matrix', got '{resultType}'.");
        }

        var series = ReadSeriesList(Property(data, "result", "data"), warnings);
        return new RangeQueryResult(series, warnings);
    }

    private static List<RangeSeries> ReadSeriesList(JsonElement result, List<string> warnings)
    {
        RequireKind(result, JsonValueKind.Array, "data.result");
        var series = new List<RangeSeries>(result.GetArrayLength());
        var index = 0;
        foreach (var item in result.EnumerateArray())
        {
            series.Add(ReadSeries(item, $"data.result[{index}]", warnings));
            index++;
        }

        return series;
    }

    private static RangeSeries ReadSeries(JsonElement item, string where, List<string> warnings)
    {
        RequireKind(item, JsonValueKind.Object, where);
        var metric = ReadLabels(item, where);
        var samples = item.TryGetProperty("values", out var values)
            ? ReadSamples(values, $"{where}.values")
            : [];

        // Native histogram samples have no single value; say so instead of dropping them silently.
        if (item.TryGetProperty("histograms", out _))
        {
            warnings.Add($"{where}: native histogram samples were ignored.");
        }

        return new RangeSeries(metric, samples);
    }

    private static Dictionary<string, string> ReadLabels(JsonElement item, string where)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!item.TryGetProperty("metric", out var metric))
        {
            return labels;
        }

        RequireKind(metric, JsonValueKind.Object, $"{where}.metric");
        foreach (var label in metric.EnumerateObject())
        {
            RequireKind(label.Value, JsonValueKind.String, $"{where}.metric.{label.Name}");
            labels[label.Name] = label.Value.GetString()!;
        }

        return labels;
    }

    private static List<Sample> ReadSamples(JsonElement values, string where)
    {
        RequireKind(values, JsonValueKind.Array, where);
        var samples = new List<Sample>(values.GetArrayLength());
        var index = 0;
        foreach (var pair in values.EnumerateArray())
        {
            samples.Add(ReadSample(pair, $"{where}[{index}]"));
            index++;
        }

        return samples;
    }

    private static Sample ReadSample(JsonElement pair, string where)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
        {
            throw Invalid($"{where} must be a [timestamp, \"value\"] pair.");
        }

        var timestamp = ReadTimestamp(pair[0], where);
        var text = pair[1];
        if (text.ValueKind != JsonValueKind.String || !SampleValue.TryParse(text.GetString(), out var value))
        {
            throw Invalid($"{where} has an unreadable sample value {Shorten(text.GetRawText())}.");
        }

        return new Sample(timestamp, value);
    }

    private static DateTimeOffset ReadTimestamp(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var seconds))
        {
            throw Invalid($"{where} has an unreadable timestamp {Shorten(element.GetRawText())}.");
        }

        try
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            throw Invalid($"{where} has a timestamp out of range: {seconds}.", exception);
        }
    }

    private static List<string> ReadWarnings(JsonElement root)
    {
        var warnings = new List<string>();
        if (!root.TryGetProperty("warnings", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return warnings;
        }

        RequireKind(list, JsonValueKind.Array, "warnings");
        foreach (var warning in list.EnumerateArray())
        {
            warnings.Add(warning.ValueKind == JsonValueKind.String ? warning.GetString()! : warning.GetRawText());
        }

        return warnings;
    }

    private static JsonElement Property(JsonElement owner, string name, string where) =>
        owner.TryGetProperty(name, out var value) ? value : throw Invalid($"{where} has no '{name}'.");

    private static string ReadString(JsonElement owner, string name, string where)
    {
        var value = Property(owner, name, where);
        RequireKind(value, JsonValueKind.String, $"{where}.{name}");
        return value.GetString()!;
    }

    private static void RequireKind(JsonElement element, JsonValueKind kind, string where)
    {
        if (element.ValueKind != kind)
        {
            throw Invalid($"{where} must be a JSON {kind.ToString().ToLowerInvariant()}, not {element.ValueKind}.");
        }
    }

    private static string Shorten(string raw) => raw.Length <= 64 ? raw : string.Concat(raw.AsSpan(0, 64), "…");

    private static UpstreamException Invalid(string detail, Exception? inner = null) =>
        new(Upstream, UpstreamFailure.InvalidResponse, false, $"Prometheus query_range response: {detail}", inner);
}
