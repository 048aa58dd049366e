using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Reads a push body (webhook, events, feedback) up to <c>webhook.maxBodyBytes</c>; null means it is larger.
/// </summary>
internal sealed class BoundedBodyReader
{
    private readonly IOptions<CaaaOptions> _options;

    public BoundedBodyReader(IOptions<CaaaOptions> options)
    {
        _options = options;
    }

    /// <summary>The configured <c>webhook.maxBodyBytes</c>, for the 413 answer.</summary>
    public long Limit => _options.Value.Webhook.MaxBodyBytes;

    public async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = Limit;
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
