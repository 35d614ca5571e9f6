using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Sozialinfo.Knowledge.Web.Hosting;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// The host's edge: where the site is reached ("Site"), which proxies are believed ("ReverseProxy"), the security
/// headers on every response and the API reference's script nonce. Allowed hosts come from "AllowedHosts" (the host's
/// own host filtering answers 400 for any other Host header).
/// </summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddKnowledgeSecurity(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ForwardedHeadersSetup>();
        services.AddSingleton<IConfigureOptions<ScalarOptions>, ApiReferenceScriptNonce>();
        services.AddSingleton<IConfigureOptions<ScalarOptions>, ApiReferenceAuthentication>();

        // Startup filters run in registration order, and the host registers host filtering before the application's
        // services: first place makes these headers part of every response, the host-filtering 400 included.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, EdgeStartupFilter>());
        return services;
    }
}
