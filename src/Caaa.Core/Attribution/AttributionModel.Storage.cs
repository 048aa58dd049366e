using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Caaa.Core.Features;
using Microsoft.ML;

namespace Caaa.Core.Attribution;

public sealed partial class AttributionModel
{
    private const string ModelEntry = "mlnet-model.zip";
    private const string MetadataEntry = "caaa-model.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes one .zip: the ML.NET model and a JSON file naming the features, kind and training set.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);

        using (var model = archive.CreateEntry(ModelEntry).Open())
        {
            _ml.Model.Save(_model, null, model);
        }

        using var metadata = archive.CreateEntry(MetadataEntry).Open();
        JsonSerializer.Serialize(metadata, _metadata, JsonOptions);
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>; refuses one computed on other features than this
    /// build's <see cref="FeatureNames.All"/>, because its predictions would be silently wrong.
    /// </summary>
    public static AttributionModel Load(string path)
    {
        using var archive = Open(path);
        var metadata = ReadMetadata(archive, path);
        CheckFeatures(metadata, path);

        var ml = new MLContext(metadata.Seed);
        using var stream = CopyEntry(archive, ModelEntry, path);
        try
        {
            return new AttributionModel(ml, ml.Model.Load(stream, out _), metadata);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"Model file '{path}': {ModelEntry} cannot be read: {error.Message}", error);
        }
    }

    private static ZipArchive Open(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"Model file '{path}' is not a zip archive: {error.Message}", error);
        }
    }

    private static ModelMetadata ReadMetadata(ZipArchive archive, string path)
    {
        using var stream = CopyEntry(archive, MetadataEntry, path);
        ModelMetadata? metadata;
        try
        {
            metadata = JsonSerializer.Deserialize<ModelMetadata>(stream, JsonOptions);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException(
                $"Model file '{path}': {MetadataEntry} is not valid: {error.Message}",
                error);
        }

        return metadata switch
        {
            null => throw new InvalidDataException($"Model file '{path}': {MetadataEntry} is empty."),
            { FormatVersion: not ModelMetadata.CurrentFormat } => throw new InvalidDataException(
                $"Model file '{path}' has format {metadata.FormatVersion}; expected {ModelMetadata.CurrentFormat}."),
            _ => metadata,
        };
    }

    private static void CheckFeatures(ModelMetadata metadata, string path)
    {
        if (metadata.FeatureNames is null || !metadata.FeatureNames.SequenceEqual(FeatureNames.All))
        {
            throw new InvalidDataException(
                $"Model file '{path}' was trained on features [{string.Join(", ", metadata.FeatureNames ?? [])}] "
                + $"but this build computes [{string.Join(", ", FeatureNames.All)}]; retrain it with `caaa train`.");
        }
    }

    // ML.NET needs a seekable stream; zip entries are not.
    private static MemoryStream CopyEntry(ZipArchive archive, string name, string path)
    {
        var entry = archive.GetEntry(name)
            ?? throw new InvalidDataException($"Model file '{path}' has no {name} entry.");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
