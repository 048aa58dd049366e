using System.IO.Compression;
using System.Reflection;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Downloads the real datasets from their upstream repositories at the commits named in PROVENANCE.md and
/// unpacks the files CAAA reads into the layout <see cref="CaseLibrary.Load"/> expects. NAB's known-cause table
/// (<see cref="NabReader.CausesFile"/>) is CAAA's own judgement, not upstream's, so it is written from the copy
/// built into this assembly. RCAEval cannot be fetched this way (it is published on Zenodo); point
/// <c>--data</c> at a downloaded RCAEval tree instead.
/// </summary>
internal sealed class DataFetcher
{
    public static readonly Uri GitHubArchives = new("https://codeload.github.com/");
    private const long ReportEvery = 10L * 1024 * 1024;
    private readonly HttpClient _http;
    private readonly Uri _archiveBase;

    public DataFetcher(HttpClient http, Uri? archiveBase = null)
    {
        _http = http;
        _archiveBase = archiveBase ?? GitHubArchives;
    }

    public async Task FetchAsync(string toDir, IProgress<string> progress, CancellationToken ct)
    {
        Directory.CreateDirectory(toDir);
        foreach (var source in DataSource.All)
        {
            await FetchAsync(source, toDir, progress, ct);
        }

        await WriteNabCausesAsync(Path.Combine(toDir, DataSource.Nab.Folder), ct);
        progress.Report($"data ready in {Path.GetFullPath(toDir)}");
    }

    public async Task FetchAsync(DataSource source, string toDir, IProgress<string> progress, CancellationToken ct)
    {
        var uri = source.ArchiveUri(_archiveBase);
        var archive = Path.Combine(Path.GetTempPath(), $"caaa-{source.Folder}-{source.Commit[..12]}.zip");
        try
        {
            progress.Report($"{source.Folder}: downloading {uri}");
            await DownloadAsync(uri, archive, source.Folder, progress, ct);
            var count = Extract(archive, source, Path.Combine(toDir, source.Folder));
            progress.Report($"{source.Folder}: {count} files unpacked");
        }
        catch (HttpRequestException e)
        {
            throw new DataFetchException($"Could not download {source.Folder} from {uri}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new DataFetchException($"The archive of {source.Folder} from {uri} is not a valid zip: {e.Message}", e);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private async Task DownloadAsync(Uri uri, string path, string name, IProgress<string> progress,
        CancellationToken ct)
    {
        using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        await using var file = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        long nextReport = ReportEvery;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
            if (total >= nextReport)
            {
                progress.Report($"{name}: {total / (1024 * 1024)} MiB");
                nextReport += ReportEvery;
            }
        }
    }

    private static int Extract(string archivePath, DataSource source, string destination)
    {
        using var archive = ZipFile.OpenRead(archivePath);
        var count = 0;
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
        {
            var slash = entry.FullName.IndexOf('/', StringComparison.Ordinal);
            var inner = slash < 0 ? entry.FullName : entry.FullName[(slash + 1)..];
            if (source.Map(inner) is not { } relative)
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, relative));
            if (!target.StartsWith(Path.GetFullPath(destination), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"entry '{entry.FullName}' points outside the destination");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
            count++;
        }

        return count;
    }

    private static async Task WriteNabCausesAsync(string nabDir, CancellationToken ct)
    {
        await using var resource = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Caaa.Learning.Datasets.NabKnownCauses.csv")
            ?? throw new DataFetchException("The built-in NAB known-cause table is missing from the assembly.");
        Directory.CreateDirectory(nabDir);
        await using var file = File.Create(Path.Combine(nabDir, NabReader.CausesFile));
        await resource.CopyToAsync(file, ct);
    }
}
