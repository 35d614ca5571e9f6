using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>The "Where the platform does better than Umbraco 17" list of delivery-api.md.</summary>
public sealed class BetterThanUmbracoTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("skip=-1")]
    [InlineData("take=-10")]
    [InlineData("take=1001")]
    [InlineData("filter=createDate>:gestern")]
    [InlineData("filter=updateDate>:2026-13-45")]
    [InlineData("filter=createDate~2026-01-01")]
    [InlineData("filter=updateDate!2026-01-01")]
    [InlineData("filter=createDate")]
    public async Task BadPagingDateOrOperator_Returns400ProblemDetails(string query)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("sortOrder")]
    [InlineData("createDate")]
    public async Task Sort_DirectionInAnyCase_SortsTheSame(string field)
    {
        var lower = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:asc&take=1000");
        var upper = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:ASC&take=1000");
        var lowerDesc = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:desc&take=1000");
        var mixedDesc = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:DeSc&take=1000");

        Assert.Equal(lower.GetProperty("items").Ids(), upper.GetProperty("items").Ids());
        Assert.Equal(lowerDesc.GetProperty("items").Ids(), mixedDesc.GetProperty("items").Ids());
    }

    [Fact]
    public async Task AcceptLanguage_BrowserList_PicksBestAvailableCulture()
    {
        using var translated = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.DigitalCheck}", ("Accept-Language", "fr-CH,fr;q=0.9,de;q=0.8"));
        using var untranslated = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}", ("Accept-Language", "fr-CH,fr;q=0.9,de;q=0.8"));

        Assert.Equal("fr-CH", translated.Content.Headers.ContentLanguage.Single());
        Assert.Equal(HttpStatusCode.OK, untranslated.StatusCode);
        Assert.Equal("de-CH", untranslated.Content.Headers.ContentLanguage.Single());
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(2_000_000_000)]
    public async Task Paging_BeyondTenThousand_ReturnsRealTotal(int skip)
    {
        var all = await Client.GetJsonAsync($"{DeliveryClient.Content}?take=0");

        var page = await Client.GetJsonAsync($"{DeliveryClient.Content}?skip={skip}&take=1000");

        Assert.Equal(all.GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Total_AlwaysMatchesWhatPagingReturns()
    {
        const string Query = "filter=contentType:article,event,dossier&sort=createDate:desc";
        var total = (await Client.GetJsonAsync($"{DeliveryClient.Content}?{Query}&take=0")).GetProperty("total").GetInt32();
        var seen = new List<Guid>();

        for (var skip = 0; skip < total + 7; skip += 7)
        {
            var page = await Client.GetJsonAsync($"{DeliveryClient.Content}?{Query}&skip={skip}&take=7");
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            seen.AddRange(page.GetProperty("items").Ids());
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Index_AfterPublish_IsCurrentBeforeThePublishCallReturns()
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?>());
        using var client = DeliveryFixture.CreateClient(factory);
        var before = (await client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}&take=0")).GetProperty("total").GetInt32();
        var key = Guid.NewGuid();

        await client.SaveDraftAsync(key, ArticleDrafts.Article("Frisch veröffentlicht Zebrastreifen", "frisch-veroeffentlicht", "Ein neuer Artikel, der sofort in allen Abfragen erscheinen muss."));
        await client.PublishAsync(key);
        var children = await client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}&take=100");
        var byName = await client.GetJsonAsync($"{DeliveryClient.Content}?filter=name:Zebrastreifen");

        Assert.Equal(before + 1, children.GetProperty("total").GetInt32());
        Assert.Contains(key, children.GetProperty("items").Ids());
        Assert.Equal([key], byName.GetProperty("items").Ids());
    }
}
