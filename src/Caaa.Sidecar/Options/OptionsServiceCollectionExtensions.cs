using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Options;

internal static class OptionsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="CaaaOptions"/> from the whole configuration and validates it at start-up.</summary>
    public static IServiceCollection AddCaaaOptions(this IServiceCollection services)
    {
        services.AddOptions<CaaaOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<CaaaOptions>, CaaaOptionsDefaults>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CaaaOptions>, CaaaOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
