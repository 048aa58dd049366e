using Caaa.Core.Metrics;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Options;

/// <summary>Checks the configuration at start-up; every message starts with the YAML key it is about.</summary>
internal sealed class CaaaOptionsValidator : IValidateOptions<CaaaOptions>
{
    public ValidateOptionsResult Validate(string? name, CaaaOptions options)
    {
        var errors = new List<string>();
        ValidateWebhook(options.Webhook, errors);
        ValidateQueue(options.Queue, errors);
        ValidateEvidence(options.Evidence, errors);
        ValidateSilencing(options.Silencing, errors);

        RequireText(options.Store.Path, "store.path", errors);
        ValidateModel(options.Model, errors);
        if (options.Metrics.MaxLabelValues < 1)
        {
            errors.Add("metrics.maxLabelValues must be at least 1");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateModel(ModelOptions model, List<string> errors)
    {
        RequireText(model.Path, "model.path", errors);
        if (!(model.ConfidenceThreshold is >= 0 and <= 1))
        {
            errors.Add($"model.confidenceThreshold must be between 0 and 1 (got {Number(model.ConfidenceThreshold)})");
        }

        if (!(model.MinimumLoadRatio >= 1 && double.IsFinite(model.MinimumLoadRatio)))
        {
            errors.Add($"model.minimumLoadRatio must be at least 1: load that did not rise is not load (got {Number(model.MinimumLoadRatio)})");
        }

        if (!(model.FaultMargin == 0 || (model.FaultMargin >= 1 && double.IsFinite(model.FaultMargin))))
        {
            errors.Add($"model.faultMargin must be 0 (off) or at least 1 (got {Number(model.FaultMargin)})");
        }
    }

    private static string Number(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void ValidateWebhook(WebhookOptions webhook, List<string> errors)
    {
        if (webhook.MaxBodyBytes < 1024)
        {
            errors.Add("webhook.maxBodyBytes must be at least 1024");
        }

        var auth = webhook.Auth;
        var mode = auth.Mode.ToLowerInvariant();
        if (mode is not (AuthModes.None or AuthModes.Bearer or AuthModes.Basic or AuthModes.Hmac))
        {
            errors.Add($"webhook.auth.mode must be none, bearer, basic or hmac (got '{auth.Mode}')");
            return;
        }

        if (mode == AuthModes.None)
        {
            return;
        }

        if (mode == AuthModes.Basic && string.IsNullOrWhiteSpace(auth.Username))
        {
            errors.Add("webhook.auth.username is required when webhook.auth.mode is basic");
        }

        if (mode == AuthModes.Hmac)
        {
            RequireDuration(auth.SignatureWindow, "webhook.auth.signatureWindow", errors);
        }

        ValidateSecretSource(auth, errors);
    }

    private static void ValidateSecretSource(WebhookAuthOptions auth, List<string> errors)
    {
        var hasFile = !string.IsNullOrWhiteSpace(auth.SecretFile);
        var hasEnv = !string.IsNullOrWhiteSpace(auth.SecretEnv);
        if (hasFile == hasEnv)
        {
            errors.Add("webhook.auth needs exactly one of secretFile or secretEnv");
        }
        else if (hasFile && !File.Exists(auth.SecretFile))
        {
            errors.Add($"webhook.auth.secretFile '{auth.SecretFile}' does not exist");
        }
        else if (hasEnv && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(auth.SecretEnv!)))
        {
            errors.Add($"webhook.auth.secretEnv names '{auth.SecretEnv}', which is not set");
        }
    }

    private static void ValidateQueue(QueueOptions queue, List<string> errors)
    {
        if (queue.MaxPending < 1)
        {
            errors.Add("queue.maxPending must be at least 1");
        }

        if (queue.Workers is < 1 or > 64)
        {
            errors.Add("queue.workers must be between 1 and 64");
        }

        if (queue.RetryAfterSeconds < 1)
        {
            errors.Add("queue.retryAfterSeconds must be at least 1");
        }

        if (queue.MaxAttempts < 1)
        {
            errors.Add("queue.maxAttempts must be at least 1");
        }

        RequireDuration(queue.SweepInterval, "queue.sweepInterval", errors);
    }

    private static void ValidateEvidence(EvidenceOptions evidence, List<string> errors)
    {
        RequireText(evidence.ServiceLabel, "evidence.serviceLabel", errors);
        RequireDuration(evidence.Lookback, "evidence.lookback", errors);
        RequireDuration(evidence.Lookahead, "evidence.lookahead", errors, allowZero: true);
        RequireDuration(evidence.Step, "evidence.step", errors);
        for (var i = 0; i < evidence.Signals.Count; i++)
        {
            var signal = evidence.Signals[i];
            if (!Enum.TryParse<Signal>(signal.Signal, ignoreCase: true, out _))
            {
                errors.Add($"evidence.signals[{i}].signal must be cpu, memory, load, latency or errors " +
                    $"(got '{signal.Signal}')");
            }

            RequireText(signal.Query, $"evidence.signals[{i}].query", errors);
        }
    }

    private static void ValidateSilencing(SilencingOptions silencing, List<string> errors)
    {
        var mode = silencing.Mode.ToLowerInvariant();
        if (mode is not (SilencingModes.Shadow or SilencingModes.Enforce))
        {
            errors.Add($"silencing.mode must be shadow or enforce (got '{silencing.Mode}')");
        }

        if (silencing.MinConfidence is < 0 or > 1 || double.IsNaN(silencing.MinConfidence))
        {
            errors.Add("silencing.minConfidence must be between 0 and 1");
        }

        if (silencing.MaxActive < 1)
        {
            errors.Add("silencing.maxActive must be at least 1");
        }

        RequireText(silencing.SeverityLabel, "silencing.severityLabel", errors);
        RequireDuration(silencing.MaxDuration, "silencing.maxDuration", errors);
        RequireDuration(silencing.RecheckInterval, "silencing.recheckInterval", errors);
        RequireDuration(silencing.RecheckWindow, "silencing.recheckWindow", errors, allowZero: true);
    }

    private static void RequireText(string? value, string key, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} must not be empty");
        }
    }

    private static void RequireDuration(string value, string key, List<string> errors, bool allowZero = false)
    {
        if (!Durations.TryParse(value, out var duration))
        {
            errors.Add($"{key} must be a duration like 30s, 5m or 2h (got '{value}')");
        }
        else if (!allowZero && duration <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be longer than zero");
        }
    }
}
