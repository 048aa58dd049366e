using System.Globalization;
using System.Text.Json;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Sidecar.Store;
using CsvHelper;

namespace Caaa.Sidecar.Api;

/// <summary>Exports human corrections with the features they correct, for <c>caaa train</c>.</summary>
internal static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/feedback/export", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context,
        FeedbackStore feedback,
        CancellationToken cancellationToken,
        string format = "csv")
    {
        var rows = feedback.ExportAsync(cancellationToken);
        switch (format.ToLowerInvariant())
        {
            case "csv":
                context.Response.ContentType = "text/csv; charset=utf-8";
                await WriteCsvAsync(context.Response.Body, rows, cancellationToken);
                return TypedResults.Empty;
            case "jsonl":
                context.Response.ContentType = "application/x-ndjson; charset=utf-8";
                await WriteJsonLinesAsync(context.Response.Body, rows, cancellationToken);
                return TypedResults.Empty;
            default:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["format"] = ["must be csv or jsonl"],
                });
        }
    }

    private static async Task WriteCsvAsync(
        Stream body,
        IAsyncEnumerable<FeedbackExportRow> rows,
        CancellationToken cancellationToken)
    {
        // Comments are free text typed by people: escape anything a spreadsheet would run as a formula.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(body, options, true);
        await csv.WriteRecordAsync(
            ["attribution_id", "incident_id", "alertname", "service", "predicted", "label", "author", "comment",
                "created_at", .. FeatureNames.All],
            cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(Fields(row), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string[] Fields(FeedbackExportRow row)
    {
        // A decision made without metrics has no features: those cells stay empty, never zero.
        var features = FeatureNames.All.Select((_, i) =>
            i < row.Features.Length ? row.Features[i].ToString("R", CultureInfo.InvariantCulture) : "");
        return
        [
            row.AttributionId, row.IncidentId, row.AlertName, row.Service ?? "", row.Predicted.ToWire(),
            row.Label.ToWire(), row.Author ?? "", row.Comment ?? "", StoreTime.Format(row.CreatedAt), .. features,
        ];
    }

    private static async Task WriteJsonLinesAsync(
        Stream body,
        IAsyncEnumerable<FeedbackExportRow> rows,
        CancellationToken cancellationToken)
    {
        var newline = "\n"u8.ToArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var line = new
            {
                row.AttributionId,
                row.IncidentId,
                row.AlertName,
                row.Service,
                Predicted = row.Predicted.ToWire(),
                Label = row.Label.ToWire(),
                row.Author,
                row.Comment,
                row.CreatedAt,
                Features = FeatureNames.All.Take(row.Features.Length)
                    .Select((name, i) => (name, row.Features[i]))
                    .ToDictionary(f => f.name, f => f.Item2),
            };
            await JsonSerializer.SerializeAsync(body, line, StoreJson.Options, cancellationToken);
            await body.WriteAsync(newline, cancellationToken);
        }
    }
}
