using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>The "Request headers" section of delivery-api.md.</summary>
public sealed class RequestHeaderTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task AcceptLanguage_Absent_AnswersInGerman()
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.DigitalCheck}");

        Assert.Equal("de-CH", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(["de-CH", "fr-CH"], (await response.JsonAsync()).GetProperty("cultures").PropertyNames());
    }

    [Theory]
    [InlineData("fr-CH")]
    [InlineData("fr-CH,fr;q=0.9,de;q=0.8")]
    [InlineData("fr")]
    public async Task AcceptLanguage_French_AnswersTheTranslation(string acceptLanguage)
    {
        var expectedName = fixture.Published.GetByKey(SeedKeys.DigitalCheck)!.GetCulture("fr-CH")!.Properties["lead"];

        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.DigitalCheck}", ("Accept-Language", acceptLanguage));
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr-CH", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(expectedName, json.GetProperty("properties").GetProperty("lead").GetString());
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("xx")]
    [InlineData("*")]
    [InlineData("de-CH;q=x")]
    public async Task AcceptLanguage_UnknownCulture_FallsBackToGerman(string acceptLanguage)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.DigitalCheck}", ("Accept-Language", acceptLanguage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de-CH", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task AcceptLanguage_FrenchQuery_ReturnsOnlyTranslatedItems()
    {
        var json = await Client.GetJsonAsync(DeliveryClient.Content, ("Accept-Language", "fr-CH"));

        Assert.Contains(SeedKeys.DigitalCheck, json.GetProperty("items").Ids());
        Assert.DoesNotContain(SeedKeys.RevDsgArticle, json.GetProperty("items").Ids());
    }

    [Theory]
    [InlineData("home")]
    [InlineData("d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    public async Task StartItem_KnownRoot_ResolvesRoutesBelowIt(string startItem)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/dossiers/", ("Start-Item", startItem));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedKeys.Dossiers, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task StartItem_OnQueryWithoutFetch_ReturnsOnlyItemsBelowIt()
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?take=1000", ("Start-Item", "home"));

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(),
            i => Assert.Equal(SeedKeys.Home, i.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("/item/")]
    [InlineData("")]
    [InlineData("/item/d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    [InlineData("/items?id=d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    public async Task StartItem_Unknown_Returns404WithJsonString(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path, ("Start-Item", "gibt-es-nicht"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\"The Start-Item could not be found\"", await response.TextAsync());
    }

    [Theory]
    [InlineData("/item/d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    [InlineData("")]
    [InlineData("/item/gibt-es-nicht")]
    [InlineData("?take=abc")]
    public async Task Vary_EveryResponse_ListsTheDeliveryHeaders(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);

        Assert.Equal(["Accept-Language", "Preview", "Start-Item", "Api-Key"], response.Headers.Vary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("falsch")]
    public async Task Preview_WithoutValidKey_Returns401EvenWhenPublic(string? key)
    {
        (string, string)[] headers = key is null ? [DeliveryClient.PreviewHeader] : [DeliveryClient.PreviewHeader, ("Api-Key", key)];

        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Fact]
    public async Task Preview_WithKey_Returns200()
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("no")]
    public async Task Preview_NotTrue_IsPublishedContentWithoutKey(string value)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", ("Preview", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicAccessOff_RequiresKeyForEverything()
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "false" });
        using var client = DeliveryFixture.CreateClient(factory);

        using var anonymousItem = await client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}");
        using var anonymousQuery = await client.RequestAsync(DeliveryClient.Content);
        using var wrongKey = await client.RequestAsync($"{DeliveryClient.Content}/items?id={SeedKeys.Home}", ("Api-Key", "falsch"));
        using var withKey = await client.RequestAsync($"{DeliveryClient.Content}/item/", DeliveryClient.ApiKeyHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousItem.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Empty(await anonymousQuery.TextAsync());
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }
}
