using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>
/// Turns <see cref="ReverseProxyOptions"/> into ASP.NET Core's forwarded-headers settings: X-Forwarded-For and
/// X-Forwarded-Proto from the configured proxies only (the framework's loopback defaults are dropped). The host is never
/// taken from a forwarded header, so host filtering keeps its meaning.
/// </summary>
internal sealed class ForwardedHeadersSetup(IOptions<ReverseProxyOptions> proxies) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        var configured = proxies.Value;
        // With both lists empty the middleware would believe everybody; it is only added when a proxy is configured.
        options.ForwardedHeaders = configured.IsConfigured
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in configured.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configured.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        // Walk back through the chain as long as each hop is a configured proxy; the first other address is the client.
        options.ForwardLimit = null;
    }
}
