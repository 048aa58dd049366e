using System.IO.Compression;
using System.Net;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class DataFetcherTests
{
    [Fact]
    public void ArchiveUri_PinsTheProvenanceCommit()
    {
        var uri = DataSource.Nezha.ArchiveUri(DataFetcher.GitHubArchives);

        Assert.Equal(
            "https://codeload.github.com/IntelligentDDS/Nezha/zip/d8140101fdb4e7dfb60d3ef9f64706f382b68470",
            uri.ToString());
    }

    [Theory]
    [InlineData("rca_data/2022-08-22/metric/frontend-579b9bff58-t2dbm_metric.csv", true)]
    [InlineData("rca_data/2022-08-22/2022-08-22-fault_list.json", true)]
    [InlineData("rca_data/2022-08-22/log/frontend.log", false)]
    [InlineData("rca_data/2022-08-22/trace/trace.csv", false)]
    public void Map_Nezha_KeepsMetricsAndFaultListsOnly(string path, bool kept)
    {
        Assert.Equal(kept, DataSource.Nezha.Map(path) is not null);
    }

    [Fact]
    public void Map_Rcd_DropsTheSockShopDataPrefix()
    {
        Assert.Equal("carts-cpu/1/normal.csv", DataSource.RcdSockShop.Map("sock-shop-data/carts-cpu/1/normal.csv"));
        Assert.Null(DataSource.RcdSockShop.Map("rcd/rcd.py"));
    }

    [Fact]
    public async Task FetchAsync_UnreachableHost_ThrowsNamingDatasetAndUrl()
    {
        using var http = new HttpClient(new Unreachable());
        var fetcher = new DataFetcher(http);
        var dir = Path.Combine(Path.GetTempPath(), $"caaa-fetch-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<DataFetchException>(() =>
            fetcher.FetchAsync(dir, new Progress<string>(), CancellationToken.None));

        Assert.Contains("nezha", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://codeload.github.com/IntelligentDDS/Nezha/zip/", error.Message, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task FetchAsync_NotFound_ThrowsWithTheStatus()
    {
        using var http = new HttpClient(new Answering(HttpStatusCode.NotFound, []));
        var fetcher = new DataFetcher(http);
        var dir = Path.Combine(Path.GetTempPath(), $"caaa-fetch-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<DataFetchException>(() =>
            fetcher.FetchAsync(DataSource.Nab, dir, new Progress<string>(), CancellationToken.None));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_Archive_UnpacksOnlyMappedFiles()
    {
        using var http = new HttpClient(new Answering(HttpStatusCode.OK, Zip(
            ("rcd-373882c/sock-shop-data/carts-cpu/1/normal.csv", "time\n1\n"),
            ("rcd-373882c/rcd.py", "print()\n"))));
        var fetcher = new DataFetcher(http);
        var dir = Path.Combine(Path.GetTempPath(), $"caaa-fetch-{Guid.NewGuid():N}");

        await fetcher.FetchAsync(DataSource.RcdSockShop, dir, new Progress<string>(), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(dir, "rcd-sockshop", "carts-cpu", "1", "normal.csv")));
        Assert.Single(Directory.GetFiles(dir, "*", SearchOption.AllDirectories));
        Directory.Delete(dir, true);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            throw new HttpRequestException($"Name or service not known ({request.RequestUri!.Host}:443)");
    }

    private sealed class Answering(HttpStatusCode status, byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new ByteArrayContent(body) });
    }
}
