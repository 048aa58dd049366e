using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Caaa.Integrations.Http;

/// <summary>
/// The transport of every upstream client. With <see cref="UpstreamOptions.CaFile"/> the certificates in
/// that file are trusted as extra roots (a private CA in front of Prometheus or Alertmanager) on top of
/// the system's; host names are still checked and nothing else is relaxed.
/// </summary>
internal static class UpstreamTls
{
    public static HttpMessageHandler CreateHandler(UpstreamOptions options) =>
        Trusting(new SocketsHttpHandler(), options.CaFile);

    /// <summary>
    /// <paramref name="handler"/>, trusting the certificates in <paramref name="caFile"/> when one is set.
    /// </summary>
    public static SocketsHttpHandler Trusting(SocketsHttpHandler handler, string? caFile)
    {
        if (caFile is not { Length: > 0 })
        {
            return handler;
        }

        // Read whenever the factory builds a handler, so a rotated CA file is picked up.
        var roots = LoadRoots(caFile);
        handler.SslOptions.RemoteCertificateValidationCallback =
            (_, certificate, chain, errors) => IsTrusted(roots, certificate, chain, errors);
        return handler;
    }

    public static X509Certificate2Collection LoadRoots(string path)
    {
        var roots = new X509Certificate2Collection();
        var text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            roots.ImportFromPem(text);
        }
        else
        {
            roots.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        return roots.Count > 0 ? roots : throw new InvalidDataException($"'{path}' holds no certificate.");
    }

    private static bool IsTrusted(
        X509Certificate2Collection roots,
        X509Certificate? certificate,
        X509Chain? chain,
        SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong host name or a missing certificate is never forgiven, whatever the CA.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf);
    }
}
