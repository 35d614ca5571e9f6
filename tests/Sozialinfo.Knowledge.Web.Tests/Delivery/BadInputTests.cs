using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>Hostile and sloppy input: always a deliberate 4xx (400s as problem details) or a harmless 200, never a 500.</summary>
public sealed class BadInputTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("?take=abc")]
    [InlineData("?take=1.5")]
    [InlineData("?take=1e3")]
    [InlineData("?take=-0x1")]
    [InlineData("?take=99999999999999999999999999")]
    [InlineData("?skip=-2147483649")]
    [InlineData("?skip=%00")]
    [InlineData("?take=%E2%80%8B5")]
    [InlineData("?take=1&take=2")]
    [InlineData("?take=2001")]
    [InlineData("?expand=properties[%00]")]
    [InlineData("?expand=properties[$all")]
    [InlineData("?fields=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("?fields=properties[a[properties[b[properties[c[properties[d[properties[e[properties[f[properties[g[properties[h[properties[i]]]]]]]]]]]]]]]]]]")]
    [InlineData("/items?id=")]
    [InlineData("/items?id=not-a-guid")]
    [InlineData("/items?id=d748fe6c-cd9e-438b-a356-c192b7e2ee4")]
    [InlineData("/items?id=%27%20OR%201=1--")]
    [InlineData("/item/d748fe6c-cd9e-438b-a356-c192b7e2ee40?expand=properties]")]
    public async Task MalformedParameter_Returns400ProblemDetails(string pathAndQuery)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + pathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    // Issue 8 saw "updateDate<0001-01-01" answer 500: every date is a valid bound, clamped to the instants an item can have.
    [Theory]
    [InlineData("?filter=updateDate%3C0001-01-01", 0)]
    [InlineData("?filter=updateDate%3C:0001-01-01", 0)]
    [InlineData("?filter=createDate:0001-01-01", 0)]
    [InlineData("?filter=createDate%3E9999-12-31", 0)]
    [InlineData("?filter=createDate%3E:9999-12-31T23:59:59.9999999Z", 0)]
    [InlineData("?filter=updateDate%3C0001-01-01T00:00%2B14:00", 0)]
    [InlineData("?filter=updateDate%3E9999-12-31T23:00-14:00", 0)]
    public async Task DateFilter_BeforeTheFirstOrAfterTheLastInstant_Returns200WithNothing(string query, int expectedTotal)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedTotal, (await response.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?filter=updateDate%3E:0001-01-01")]
    [InlineData("?filter=updateDate:!0001-01-01")]
    [InlineData("?filter=createDate%3C9999-12-31")]
    [InlineData("?filter=createDate%3C:9999-12-31T23:59:59.9999999-14:00")]
    public async Task DateFilter_CoveringAllTime_ReturnsEverything(string query)
    {
        using var all = await Client.RequestAsync(DeliveryClient.Content + "?take=0");
        using var response = await Client.RequestAsync(DeliveryClient.Content + query + "&take=0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((await all.JsonAsync()).GetProperty("total").GetInt32(), (await response.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task InvalidFilterValue_EchoesTheValueShortenedWithoutControlCharacters()
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + "?filter=updateDate:" + new string('9', 3000) + "%1B%E2%80%AE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("…", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < 400, detail);
        Assert.DoesNotContain(detail, c => char.IsControl(c) || c == '\u202E');
    }

    [Theory]
    [InlineData("?filter=contentType:gibtEsNicht", 0)]
    [InlineData("?filter=contentType:%27;DROP%20TABLE%20ContentNodes;--", 0)]
    [InlineData("?fetch=children:%2F..%2F..%2Fetc%2F", 0)]
    [InlineData("?fetch=descendants:00000000-0000-0000-0000-000000000000", 0)]
    public async Task UnknownAliasOrItem_Returns200WithNothing(string query, int expectedTotal)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedTotal, (await response.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("properties[gibtEsNicht]")]
    [InlineData("properties[GIBTESNICHT[properties[$all]]]")]
    public async Task UnknownPropertyAliasInExpandOrFields_IsIgnored(string selection)
    {
        using var expand = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}?expand={selection}");
        using var fields = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}?fields={selection}");

        Assert.Equal(HttpStatusCode.OK, expand.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fields.StatusCode);
        Assert.Empty((await fields.JsonAsync()).GetProperty("properties").EnumerateObject());
    }

    [Theory]
    [InlineData("/item/../../../../etc/passwd")]
    [InlineData("/item/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/item/%2e%2e/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/item/%252e%252e%252fappsettings.json")]
    [InlineData("/item/..%5C..%5Cappsettings.json")]
    [InlineData("/item/dossiers/%2e%2e%2f%2e%2e%2f%2e%2e%2fSozialinfo.Knowledge.sln")]
    [InlineData("/item/appsettings.json")]
    [InlineData("/item/%C0%AE%C0%AE%2F")]
    public async Task PathTraversal_IsNotFoundOrBadRequestAndNeverAFile(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);
        var body = await response.TextAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Logging\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft Visual Studio Solution File", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/item/d748fe6c-cd9e-438b-a356-c192b7e2ee40x")]
    [InlineData("/item/00000000-0000-0000-0000-000000000000")]
    [InlineData("/item/{d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    public async Task InvalidOrUnknownGuidInPath_Returns404(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Accept-Language", "xx-XX")]
    [InlineData("Accept-Language", "de-CH;q=1;q=2,,,;")]
    [InlineData("Accept-Language", "ä-ö")]
    [InlineData("Start-Item", "")]
    [InlineData("Preview", "vielleicht")]
    [InlineData("If-None-Match", "kein-etag")]
    [InlineData("If-Modified-Since", "gestern")]
    public async Task OddHeader_StillAnswers200(string header, string value)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", (header, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OverlongAcceptLanguage_FallsBackToGerman()
    {
        var header = string.Join(',', Enumerable.Repeat("fr-CH;q=0.5", 300));

        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", ("Accept-Language", header));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de-CH", response.Content.Headers.ContentLanguage.Single());
    }

    [Theory]
    [InlineData("?fetch=%00")]
    [InlineData("?fetch=children:")]
    [InlineData("?filter=")]
    [InlineData("?filter=%00:%00")]
    [InlineData("?sort=")]
    [InlineData("?sort=name:sideways")]
    [InlineData("?filter=name:")]
    [InlineData("?filter=name:%22%5C%27(")]
    [InlineData("?filter=level:zehn")]
    [InlineData("?filter=dimension:")]
    public async Task OddQueryToken_IsNeverA500(string query)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + query);

        Assert.True((int)response.StatusCode is 200 or 400, $"{query} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
