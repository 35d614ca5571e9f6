using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>
/// The shipped defaults, which every other test class raises: a burst of 30 searches, then 429 with Retry-After 1.
/// The bucket regains 10 a second, so the first 429 may come a little after the 30th request on a slow machine.
/// </summary>
public sealed class SearchRateLimitDefaultTests
{
    private const int Burst = 30;
    private const int MaxRequests = 200;

    [Fact]
    public async Task Get_DefaultLimit_BurstOf30ThenRetryAfterOneSecond()
    {
        await using var root = new KnowledgeApiFactory { RaiseSearchRateLimit = false };
        using var client = root.CreateClient();

        var served = 0;
        HttpResponseMessage? refused = null;
        while (served < MaxRequests && refused is null)
        {
            var response = await client.GetAsync("/api/search/suggest?q=Daten", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
                break;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
            served++;
        }

        using (refused)
        {
            Assert.NotNull(refused);
            Assert.InRange(served, Burst, MaxRequests - 1);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        }
    }
}
