namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, bound from "ReverseProxy". Empty (the
/// default): no forwarded header is read, the connection's address is the client.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Proxy addresses, e.g. "10.0.0.5" or "::1".</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
