using Microsoft.AspNetCore.Mvc.Testing;

namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>
/// One site whose search limit is small and never refills within a test (3 requests, then one more per hour), and
/// whose clients are named by <see cref="TestClientAddress"/>; each test speaks as addresses of its own.
/// </summary>
public sealed class LimitedSearchFixture : IAsyncDisposable
{
    public const int PermitLimit = 3;

    private readonly KnowledgeApiFactory _root = new(new Dictionary<string, string?>
    {
        ["Search:RateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Search:RateLimit:TokensPerPeriod"] = "1",
        ["Search:RateLimit:ReplenishmentPeriod"] = "01:00:00",
        ["Search:RateLimit:ConcurrencyLimit"] = "4",
    });

    public LimitedSearchFixture() => Site = TestClientAddress.WithClientAddresses(_root);

    public WebApplicationFactory<Program> Site { get; }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}
