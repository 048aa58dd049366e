using System.Text;
using System.Text.Json;
using TorchSharp;

namespace Caaa.Learning.Torch;

/// <summary>
/// One file per model: a magic string and the model kind, a format version, the metadata as JSON, then the
/// libtorch weights. Keeping metadata and weights together means a model can never be loaded with the wrong
/// threshold or standardisation.
/// </summary>
internal static class TorchModelFile
{
    private const string Magic = "CAAA-TORCH-MODEL";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public static void Save<TMetadata>(string path, string kind, TMetadata metadata, torch.nn.Module module)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(kind);
        writer.Write(FormatVersion);
        writer.Write(JsonSerializer.Serialize(metadata, JsonOptions));

        module.save(writer);
    }

    /// <summary>Reads the metadata, lets the caller build the module from it, then loads the weights into it.</summary>
    public static TModel Load<TMetadata, TModel>(
        string path,
        string kind,
        Func<TMetadata, (torch.nn.Module Module, TModel Model)> create)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var metadata = ReadHeader<TMetadata>(reader, path, kind);
        var (module, model) = create(metadata);

        try
        {
            module.load(reader);
        }
        catch (Exception error) when (error is ArgumentException or IOException or InvalidOperationException)
        {
            module.Dispose();
            throw new InvalidDataException($"{path}: the weights do not match the {kind} metadata.", error);
        }

        return model;
    }

    private static TMetadata ReadHeader<TMetadata>(BinaryReader reader, string path, string kind)
    {
        try
        {
            var magic = reader.ReadString();
            var storedKind = reader.ReadString();
            if (magic != Magic || storedKind != kind)
            {
                throw new InvalidDataException($"{path}: not a {kind} model file.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException(
                    $"{path}: {kind} model format version {version}; this build reads version {FormatVersion}.");
            }

            return JsonSerializer.Deserialize<TMetadata>(reader.ReadString(), JsonOptions)
                ?? throw new InvalidDataException($"{path}: the {kind} metadata is empty.");
        }
        catch (Exception error) when (error is EndOfStreamException or JsonException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a {kind} model file ({error.Message}).", error);
        }
    }
}
