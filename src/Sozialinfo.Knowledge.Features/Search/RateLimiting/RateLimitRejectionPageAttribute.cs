namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// Marks a page that answers a request the search limit rejected itself, in its own layout: the policy sets 429 and
/// Retry-After and then runs the page, which finds the wait in <see cref="SearchRateLimit.RejectedRetryAfter"/> and
/// must not do the work that is limited. Endpoints without it get a problem detail.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RateLimitRejectionPageAttribute : Attribute
{
}
