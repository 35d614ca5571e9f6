using System.Net;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>Checks at start-up that every configured proxy is an IP address and every network a CIDR range.</summary>
internal sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        var failures = options.KnownProxies
            .Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => $"{ReverseProxyOptions.SectionName}:KnownProxies: '{proxy}' is not an IP address.")
            .Concat(options.KnownNetworks
                .Where(network => !IPNetwork.TryParse(network, out _))
                .Select(network => $"{ReverseProxyOptions.SectionName}:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8)."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
