using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Caaa.Core.Context;
using Caaa.Integrations;
using Caaa.Integrations.Calendars;
using Caaa.Integrations.Context;
using Caaa.Integrations.Prometheus;
using Caaa.Reliability.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Caaa.Reliability.Tests.Security;

/// <summary>
/// Outbound TLS to a server signed by a private CA (Prometheus, a calendar feed) works only when caFile names
/// that CA.
/// </summary>
public sealed class UpstreamCaFileTests
{
    [Fact]
    public async Task QueryRange_PrivateCaServer_RefusedWithoutCaFileAndTrustedWithIt()
    {
        using var certificate = SelfSigned();
        var caFile = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N") + ".pem");
        Directory.CreateDirectory(Path.GetDirectoryName(caFile)!);
        await File.WriteAllTextAsync(caFile, certificate.ExportCertificatePem());
        await using var server = await StartHttpsAsync(certificate);
        var url = new Uri(server.Urls.First());
        var onset = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var withoutCa = await Assert.ThrowsAsync<UpstreamException>(() => QueryAsync(url, null, onset));
        var withCa = await QueryAsync(url, caFile, onset);

        Assert.Equal(UpstreamFailure.Unavailable, withoutCa.Reason);
        Assert.Single(withCa.Series);
    }

    [Fact]
    public async Task CalendarFeed_PrivateCaServer_IncompleteWithoutCaFileAndReadWithIt()
    {
        using var certificate = SelfSigned();
        var caFile = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N") + ".pem");
        Directory.CreateDirectory(Path.GetDirectoryName(caFile)!);
        await File.WriteAllTextAsync(caFile, certificate.ExportCertificatePem());
        await using var server = await StartHttpsAsync(certificate);
        var feed = new Uri(new Uri(server.Urls.First()), "calendar.ics");
        var onset = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var withoutCa = await GatherAsync(feed, null, onset);
        var withCa = await GatherAsync(feed, caFile, onset);

        Assert.False(withoutCa.Complete);
        Assert.Empty(withoutCa.Events);
        Assert.True(withCa.Complete);
        Assert.Equal("Spring sale", Assert.Single(withCa.Events).Name);
    }

    private static async Task<IncidentContext> GatherAsync(Uri feed, string? caFile, DateTimeOffset onset)
    {
        var options = new ContextSourcesOptions
        {
            Calendars = [new IcsCalendarOptions { Name = "campaigns", Url = feed }],
            CaFile = caFile,
        };
        var services = new ServiceCollection();
        services.AddCaaaContextSources(options);
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<ContextGatherer>().GatherAsync(onset, CancellationToken.None);
    }

    private static async Task<RangeQueryResult> QueryAsync(Uri url, string? caFile, DateTimeOffset onset)
    {
        var services = new ServiceCollection();
        services.AddCaaaPrometheus(o =>
        {
            o.BaseUrl = url;
            o.CaFile = caFile;
            o.MaxRetryAttempts = 0;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IPrometheusClient>();
        return await client.QueryRangeAsync("up", onset.AddMinutes(-30), onset.AddMinutes(5),
            TimeSpan.FromSeconds(30), CancellationToken.None);
    }

    private static async Task<WebApplication> StartHttpsAsync(X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var onset = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        app.MapMethods("/api/v1/query_range", ["GET", "POST"],
            () => Results.Text(FakePrometheus.LoadSurgeBody(onset), "application/json"));
        app.MapGet("/calendar.ics", () => Results.Text(SpringSale, "text/calendar"));
        await app.StartAsync();
        return app;
    }

    private const string SpringSale = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//caaa//tests//EN
        BEGIN:VEVENT
        UID:spring-sale@caaa
        DTSTAMP:20260301T000000Z
        DTSTART:20260302T090000Z
        DTEND:20260302T120000Z
        SUMMARY:Spring sale
        END:VEVENT
        END:VCALENDAR
        """;

    /// <summary>A self-signed certificate for 127.0.0.1, acting as its own private CA.</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=caaa-test-ca", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
