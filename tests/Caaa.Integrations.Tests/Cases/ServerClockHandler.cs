using System.Globalization;

namespace Caaa.Integrations.Tests.Cases;

/// <summary>
/// Kestrel (under WireMock) always stamps its own <c>Date</c> header, so a stub cannot play a server
/// whose clock differs from ours. The stub sends the wanted server time as <c>X-Server-Date</c> and
/// this handler moves it into <c>Date</c>, where a real Alertmanager would have put it.
/// </summary>
internal sealed class ServerClockHandler : DelegatingHandler
{
    public const string HeaderName = "X-Server-Date";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(HeaderName, out var values))
        {
            response.Headers.Date = DateTimeOffset.Parse(values.First(), CultureInfo.InvariantCulture);
        }

        return response;
    }
}
