using WireMock.Logging;
using WireMock.Server;

namespace Caaa.Integrations.Tests.Cases;

/// <summary>One WireMock server per test class; each test starts from empty mappings and an empty log.</summary>
public sealed class WireMockFixture : IDisposable
{
    public WireMockFixture()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri BaseUrl => new(Server.Url!);

    public void Reset() => Server.Reset();

    /// <summary>Requests received for <paramref name="path"/>, optionally of one method.</summary>
    public IReadOnlyList<ILogEntry> Requests(string path, string? method = null) =>
        Server.LogEntries
            .Where(e => e.RequestMessage.Path == path)
            .Where(e => method is null || string.Equals(e.RequestMessage.Method, method, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public void Dispose() => Server.Stop();
}
