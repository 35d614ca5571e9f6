using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Web.Hosting;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// Puts the security headers and the forwarded headers in front of everything else, host filtering and the
/// authentication and authorization the host adds before the application's own middleware included: so the headers are
/// on every response, and the client's address and scheme are known before anybody reads them. HEAD on the APIs is
/// turned into GET before routing (<see cref="HeadAsGetMiddleware"/>).
/// </summary>
internal sealed class EdgeStartupFilter(IOptions<ReverseProxyOptions> proxies) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (proxies.Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<HeadAsGetMiddleware>();
        next(app);
    };
}
