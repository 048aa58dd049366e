using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Options;

/// <summary>
/// Fills list defaults after binding: the configuration binder appends to a pre-filled list instead
/// of replacing it, so list defaults cannot live in the property initialisers.
/// </summary>
internal sealed class CaaaOptionsDefaults : IPostConfigureOptions<CaaaOptions>
{
    public void PostConfigure(string? name, CaaaOptions options)
    {
        if (options.Silencing.ProtectedSeverities.Count == 0)
        {
            options.Silencing.ProtectedSeverities.Add("critical");
        }

        if (options.Evidence.Signals.Count == 0)
        {
            options.Evidence.Signals.AddRange(SignalQueryOptions.Defaults);
        }
    }
}
