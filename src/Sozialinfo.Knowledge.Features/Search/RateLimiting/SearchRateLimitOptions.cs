namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The per-client limit on the search endpoints and the reader's search page, bound from "Search:RateLimit". Each
/// client (an IPv4 address or an IPv6 /64, see <see cref="ClientAddressKey"/>) has a token bucket of
/// <see cref="PermitLimit"/> requests that refills by <see cref="TokensPerPeriod"/> every
/// <see cref="ReplenishmentPeriod"/>, and at most <see cref="ConcurrencyLimit"/> of its requests run at once (up to
/// <see cref="QueueLimit"/> more wait their turn). The defaults fit a person reading and typing; a front end server
/// that sends the searches of many readers from one address needs them raised (see the README).
/// </summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "Search:RateLimit";

    /// <summary>False serves every search without a limit (benchmarks, or a proxy in front that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bucket size: how many searches a client may send in one burst.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>How many searches the bucket regains every <see cref="ReplenishmentPeriod"/>.</summary>
    public int TokensPerPeriod { get; set; } = 10;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many searches of one client run at the same time, so a burst cannot occupy every core.</summary>
    public int ConcurrencyLimit { get; set; } = 4;

    /// <summary>How many more searches of one client wait for a free slot before it is answered 429.</summary>
    public int QueueLimit { get; set; } = 30;
}
