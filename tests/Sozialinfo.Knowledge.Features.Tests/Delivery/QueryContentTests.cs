using System.Net;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class QueryContentTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    private const int PublishedGermanItems = 10;

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Get_NoParameters_ReturnsTotalAndFirstTenItems()
    {
        using var response = await Client.RequestAsync(DeliveryHttp.Base);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["total", "items"], json.PropertyNames());
        Assert.Equal(PublishedGermanItems, json.GetProperty("total").GetInt32());
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.True(i.TryGetProperty("cultures", out _)));
    }

    [Fact]
    public async Task Get_TakeZero_ReturnsTotalAndNoItems()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}?take=0");
        var json = await response.JsonAsync();

        Assert.Equal(PublishedGermanItems, json.GetProperty("total").GetInt32());
        Assert.Equal(0, json.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50_000)]
    public async Task Get_SkipPastTheEnd_ReturnsEmptyItemsWithRealTotal(int skip)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}?skip={skip}&take=5");
        var json = await response.JsonAsync();

        Assert.Equal(PublishedGermanItems, json.GetProperty("total").GetInt32());
        Assert.Equal(0, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Get_PagesOfThree_AddUpToTheTotalWithoutDuplicates()
    {
        var seen = new List<Guid>();
        for (var skip = 0; skip < PublishedGermanItems; skip += 3)
        {
            using var response = await Client.RequestAsync($"{DeliveryHttp.Base}?skip={skip}&take=3");
            seen.AddRange((await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }

        Assert.Equal(PublishedGermanItems, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("skip=-1", "skip")]
    [InlineData("take=-1", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("take=abc", "take")]
    [InlineData("skip=1e3", "skip")]
    [InlineData("take=99999999999999999999", "take")]
    [InlineData("expand=all", "expand")]
    [InlineData("expand=properties[", "expand")]
    [InlineData("fields=properties[a,,b]", "fields")]
    public async Task Get_BadParameter_Returns400ValidationProblemNamingIt(string query, string parameter)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}?{query}");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Get_UnknownStartItem_Returns404WithJsonString()
    {
        using var response = await Client.RequestAsync(DeliveryHttp.Base, ("Start-Item", "gibt-es-nicht"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\"The Start-Item could not be found\"", await response.TextAsync());
    }

    [Fact]
    public async Task Get_Preview_IncludesDraftOnlyWithKey()
    {
        using var published = await Client.RequestAsync($"{DeliveryHttp.Base}?take=100");
        using var preview = await Client.RequestAsync($"{DeliveryHttp.Base}?take=100", ("Preview", "true"), ("Api-Key", DeliveryTestHost.ApiKey));

        Assert.DoesNotContain(SampleContent.DraftArticle.ToString(), await published.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(SampleContent.DraftArticle.ToString(), await preview.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(PublishedGermanItems + 1, (await preview.JsonAsync()).GetProperty("total").GetInt32());
    }
}
