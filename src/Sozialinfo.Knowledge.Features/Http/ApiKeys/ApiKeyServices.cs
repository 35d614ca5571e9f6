using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>Registers <see cref="ApiKeyGuard"/> once, whichever capability asks first.</summary>
internal static class ApiKeyServices
{
    public static IServiceCollection AddApiKeyGuard(this IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(ApiKeyGuard)))
        {
            return services;
        }

        services.AddOptions<ApiKeyThrottleOptions>().BindConfiguration(ApiKeyThrottleOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiKeyThrottleOptions>, ApiKeyThrottleOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiKeyFailureLog>();
        services.TryAddSingleton<ApiKeyGuard>();
        return services;
    }
}
