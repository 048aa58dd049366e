using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caaa.Integrations.Context;

/// <summary>
/// The HTTP plumbing the context sources share: send, check the status, read JSON, and turn every
/// failure into an <see cref="UpstreamException"/> so a source never leaks a raw transport error.
/// </summary>
internal static class ContextHttp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>GitHub and GitLab name their fields in snake_case.</summary>
    public static JsonSerializerOptions SnakeCaseJson { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string upstream,
        string sourceName,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException
            || !cancellationToken.IsCancellationRequested)
        {
            throw UpstreamErrors.Classify(upstream, sourceName, exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw UpstreamErrors.FromStatus(upstream, sourceName, response.StatusCode);
        }
    }

    public static async Task<T> ReadJsonAsync<T>(
        HttpResponseMessage response,
        string upstream,
        string sourceName,
        CancellationToken cancellationToken,
        JsonSerializerOptions? options = null)
    {
        try
        {
            var value = await response.Content.ReadFromJsonAsync<T>(options ?? Json, cancellationToken);
            return value ?? throw UpstreamErrors.Invalid(upstream, sourceName, "the answer was JSON null.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException
            || !cancellationToken.IsCancellationRequested)
        {
            throw UpstreamErrors.Classify(upstream, sourceName, exception);
        }
    }

    /// <summary>
    /// Reads the token file on every call so a rotated secret (a re-mounted Kubernetes secret) is
    /// picked up without a restart.
    /// </summary>
    public static async Task<string?> ReadTokenAsync(
        string? tokenFile,
        string upstream,
        string sourceName,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tokenFile))
        {
            return null;
        }

        try
        {
            var token = (await File.ReadAllTextAsync(tokenFile, cancellationToken)).Trim();
            return token.Length == 0 ? null : token;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UpstreamException(
                upstream,
                UpstreamFailure.Unavailable,
                retryable: false,
                $"{sourceName}: cannot read the token file '{tokenFile}': {exception.Message}",
                exception);
        }
    }

    public static void SetBearer(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}
