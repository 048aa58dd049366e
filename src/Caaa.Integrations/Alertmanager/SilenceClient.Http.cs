using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Caaa.Integrations.Alertmanager.Wire;
using Caaa.Integrations.Http;

namespace Caaa.Integrations.Alertmanager;

internal sealed partial class SilenceClient
{
    private static AlertmanagerJsonContext Json => AlertmanagerJsonContext.Wire;

    private Task<(IReadOnlyList<Silence> Silences, DateTimeOffset ServerNow)> ListWithClockAsync(
        CancellationToken cancellationToken) =>
        _call.RunAsync(
            async token =>
            {
                using var response = await _api.ListSilencesAsync(token);
                var silences = await ReadJsonAsync(response, Json.ListGettableSilenceWire, token);
                IReadOnlyList<Silence> mapped = silences.Select(s => s.ToSilence()).ToArray();
                return (mapped, ServerNow(response));
            },
            cancellationToken);

    private Task<(Silence? Silence, DateTimeOffset ServerNow)> GetWithClockAsync(
        string silenceId,
        CancellationToken cancellationToken) =>
        _call.RunAsync(
            async token =>
            {
                using var response = await _api.GetSilenceAsync(silenceId, token);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return ((Silence?)null, ServerNow(response));
                }

                var silence = await ReadJsonAsync(response, Json.GettableSilenceWire, token);
                return (silence.ToSilence(), ServerNow(response));
            },
            cancellationToken);

    private Task<string> PostAsync(PostableSilenceWire body, CancellationToken cancellationToken) =>
        _call.RunAsync(
            async token =>
            {
                using var response = await _api.PostSilenceAsync(body, token);
                var created = await ReadJsonAsync(response, Json.PostSilenceResponseWire, token);
                return created.SilenceId is { Length: > 0 } id
                    ? id
                    : throw Invalid("the create-silence response has no silenceID.");
            },
            cancellationToken);

    /// <summary>
    /// Proves the stored silence means what was asked (C18: a server that misreads <c>isEqual</c>
    /// inverts it). The stored <c>startsAt</c> may be the server's now instead of ours; that is fine.
    /// A silence that differs is expired at once, because it would mute the wrong alerts.
    /// </summary>
    private async Task<Silence> ReadBackAsync(
        string silenceId,
        IReadOnlyList<Matcher> wanted,
        CancellationToken cancellationToken)
    {
        var (stored, _) = await GetWithClockAsync(silenceId, cancellationToken);
        if (stored is null)
        {
            throw new UpstreamException(UpstreamNames.Alertmanager, UpstreamFailure.InvalidResponse, true,
                $"Silence {silenceId} was created but cannot be read back.");
        }

        if (SameMatchers(stored.Matchers, wanted))
        {
            return stored;
        }

        await DeleteAsync(silenceId, cancellationToken);
        throw Invalid($"silence {silenceId} was stored with matchers {Describe(stored.Matchers)} instead of "
            + $"{Describe(wanted)}; it was expired again.");
    }

    private Task DeleteAsync(string silenceId, CancellationToken cancellationToken) =>
        _call.RunAsync(
            async token =>
            {
                using var response = await _api.DeleteSilenceAsync(silenceId, token);
                if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
                {
                    return;
                }

                var error = await AlertmanagerErrorClassifier.ClassifyAsync(response, token);
                if (!AlertmanagerErrorClassifier.IsAlreadyExpired(error.Message))
                {
                    throw error.ToException(UpstreamNames.Alertmanager);
                }
            },
            cancellationToken);

    private Task<Version?> ReadVersionAsync(CancellationToken cancellationToken) =>
        _call.RunAsync(
            async token =>
            {
                using var response = await _api.GetStatusAsync(token);
                var status = await ReadJsonAsync(response, Json.StatusWire, token);
                return AlertmanagerVersion.TryParse(status.VersionInfo?.Version);
            },
            cancellationToken);

    /// <summary>Alertmanager's clock from the <c>Date</c> header; ours only if a proxy dropped it.</summary>
    private DateTimeOffset ServerNow(HttpResponseMessage response) =>
        response.Headers.Date ?? _timeProvider.GetUtcNow();

    private static async Task<T> ReadJsonAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var error = await AlertmanagerErrorClassifier.ClassifyAsync(response, cancellationToken);
            throw error.ToException(UpstreamNames.Alertmanager);
        }

        if (!ResponseText.IsJson(response))
        {
            throw Invalid($"expected JSON, got '{ResponseText.MediaTypeOf(response)}'.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, type, cancellationToken)
            ?? throw Invalid($"the {typeof(T).Name} body is null.");
    }

    private static string Describe(IEnumerable<Matcher> matchers) =>
        "{" + string.Join(", ", matchers.Select(m => $"{m.Name}{(m.IsEqual ? "" : "!")}{(m.IsRegex ? "~" : "=")}\"{m.Value}\"")) + "}";

    private static UpstreamException Invalid(string detail) =>
        new(UpstreamNames.Alertmanager, UpstreamFailure.InvalidResponse, false, $"Alertmanager response: {detail}");
}
