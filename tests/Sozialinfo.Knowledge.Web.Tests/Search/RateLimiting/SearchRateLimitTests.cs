using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>
/// The per-client search limit through the real host: after <see cref="LimitedSearchFixture.PermitLimit"/> requests
/// a client gets 429 with Retry-After (a problem detail from the API, a German page from /suche) while other clients
/// are still served.
/// </summary>
public sealed class SearchRateLimitTests(LimitedSearchFixture fixture) : IClassFixture<LimitedSearchFixture>
{
    private const int Limit = LimitedSearchFixture.PermitLimit;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/search?q=Datenschutz", "198.51.100.1")]
    [InlineData("/api/search/suggest?q=Daten", "198.51.100.2")]
    [InlineData("/api/search/recommend?need=datenschutz:2", "198.51.100.3")]
    public async Task Get_RequestAfterLimit_Answers429ProblemWithRetryAfter(string pathAndQuery, string address)
    {
        using var client = fixture.Site.CreateClient();

        var served = await client.StatusesAsync(address, pathAndQuery, Limit);
        using var refused = await client.GetAsClientAsync(address, pathAndQuery);

        Assert.All(served, status => Assert.Equal(200, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Zu viele Suchanfragen", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("3600 Sekunden", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_RequestAfterLimit_Answers429GermanPageInReaderLayout()
    {
        using var client = fixture.Site.CreateClient();
        const string Address = "198.51.100.10";

        var served = await client.StatusesAsync(Address, "/suche?q=Datenschutz", Limit);
        using var refused = await client.GetAsClientAsync(Address, "/suche?q=Datenschutz");
        var html = await refused.Content.ReadAsStringAsync(Token);

        Assert.All(served, status => Assert.Equal(200, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Zu viele Suchanfragen", html, StringComparison.Ordinal);
        Assert.Contains("Bitte warten Sie 3600 Sekunden", html, StringComparison.Ordinal);
        Assert.Contains("class=\"main-nav\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Datenschutz\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("search-hit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Die Anfrage kann nicht beantwortet werden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ein Fehler ist aufgetreten", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OneClientLimited_OtherClientsStillServed()
    {
        using var client = fixture.Site.CreateClient();

        await client.StatusesAsync("198.51.100.20", "/api/search?q=Datenschutz", Limit);
        using var limited = await client.GetAsClientAsync("198.51.100.20", "/api/search?q=Datenschutz");
        using var other = await client.GetAsClientAsync("198.51.100.21", "/api/search?q=Datenschutz");
        using var otherPage = await client.GetAsClientAsync("198.51.100.21", "/suche?q=Datenschutz");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
    }

    [Fact]
    public async Task Get_SearchEndpointsAndPage_ShareOneLimitPerClient()
    {
        using var client = fixture.Site.CreateClient();
        const string Address = "198.51.100.30";

        using var search = await client.GetAsClientAsync(Address, "/api/search?q=Datenschutz");
        using var suggest = await client.GetAsClientAsync(Address, "/api/search/suggest?q=Daten");
        using var page = await client.GetAsClientAsync(Address, "/suche?q=Datenschutz");
        using var refused = await client.GetAsClientAsync(Address, "/api/search/recommend?need=datenschutz:2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [search.StatusCode, suggest.StatusCode, page.StatusCode]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Get_Ipv6Client_LimitedByItsSlash64()
    {
        using var client = fixture.Site.CreateClient();

        await client.StatusesAsync("2001:db8:1:2::1", "/api/search?q=Datenschutz", Limit);
        using var sameNetwork = await client.GetAsClientAsync("2001:db8:1:2:ffff:ffff:ffff:ffff", "/api/search?q=Datenschutz");
        using var otherNetwork = await client.GetAsClientAsync("2001:db8:1:3::1", "/api/search?q=Datenschutz");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    [Fact]
    public async Task Get_OtherPagesAndStatus_NotLimited()
    {
        using var client = fixture.Site.CreateClient();
        const string Address = "198.51.100.40";

        await client.StatusesAsync(Address, "/api/search?q=Datenschutz", Limit + 1);
        using var home = await client.GetAsClientAsync(Address, "/");
        using var delivery = await client.GetAsClientAsync(Address, "/umbraco/delivery/api/v2/content?take=1");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);
    }
}
