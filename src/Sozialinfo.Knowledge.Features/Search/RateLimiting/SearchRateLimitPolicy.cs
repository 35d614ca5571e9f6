using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The "search" policy: one <see cref="ClientSearchLimiter"/> per client, keyed on the remote address as ASP.NET Core
/// sees it after forwarded-headers processing; no limit when switched off. The key is a struct read from the
/// connection's address, so a request costs no string or address copy.
/// </summary>
internal sealed class SearchRateLimitPolicy : IRateLimiterPolicy<ClientAddressKey>
{
    private readonly bool _enabled;
    private readonly Func<ClientAddressKey, RateLimiter> _factory;

    public SearchRateLimitPolicy(IOptions<SearchRateLimitOptions> options)
    {
        var settings = options.Value;
        _enabled = settings.Enabled;
        _factory = _ => new ClientSearchLimiter(settings);
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = SearchRateLimitRejection.WriteAsync;

    public RateLimitPartition<ClientAddressKey> GetPartition(HttpContext httpContext) =>
        _enabled
            ? new RateLimitPartition<ClientAddressKey>(ClientAddressKey.From(httpContext.Connection.RemoteIpAddress), _factory)
            : RateLimitPartition.GetNoLimiter(default(ClientAddressKey));
}
