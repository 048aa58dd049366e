using System.Net.Http.Headers;
using System.Text;

namespace Caaa.Integrations.Http;

/// <summary>Adds bearer or basic credentials from <see cref="UpstreamOptions"/> to every request.</summary>
internal sealed class AuthorizationHandler : DelegatingHandler
{
    private readonly UpstreamOptions _options;
    private readonly SecretFile? _tokenFile;
    private readonly SecretFile? _passwordFile;

    public AuthorizationHandler(UpstreamOptions options, string upstream, TimeProvider timeProvider)
    {
        _options = options;
        _tokenFile = options.BearerTokenFile is { } token ? new SecretFile(token, upstream, timeProvider) : null;
        _passwordFile = options.BasicAuthPasswordFile is { } pw ? new SecretFile(pw, upstream, timeProvider) : null;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= await CreateHeaderAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private async ValueTask<AuthenticationHeaderValue?> CreateHeaderAsync(CancellationToken cancellationToken)
    {
        var token = _tokenFile is null ? _options.BearerToken : await _tokenFile.ReadAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            return new AuthenticationHeaderValue("Bearer", token);
        }

        if (_options.BasicAuthUsername is not { } user)
        {
            return null;
        }

        var password = _passwordFile is null
            ? _options.BasicAuthPassword ?? ""
            : await _passwordFile.ReadAsync(cancellationToken);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        return new AuthenticationHeaderValue("Basic", credentials);
    }
}
