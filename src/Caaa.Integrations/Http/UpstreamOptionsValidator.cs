using Microsoft.Extensions.Options;

namespace Caaa.Integrations.Http;

/// <summary>Validates options at start-up; every message names the configuration key at fault.</summary>
internal sealed class UpstreamOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : UpstreamOptions
{
    private readonly string _section;

    public UpstreamOptionsValidator(string section)
    {
        _section = section;
    }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = options.Validate(_section).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
