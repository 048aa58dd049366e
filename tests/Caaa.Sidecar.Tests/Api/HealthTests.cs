using System.Net;
using Caaa.Sidecar.Tests.Support;

namespace Caaa.Sidecar.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Readyz_ModelLoadedAndStoreWritable_200()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Readyz_NoModel_503ButStillLive()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Attributor.IsLoaded = false;
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
