using System.Net;
using System.Text.Json;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>The "Endpoints" table of delivery-api.md, against the seeded app.</summary>
public sealed class EndpointTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Query_NoParameters_ReturnsTotalOfAllContentAndFirstPageOfTen()
    {
        var expectedTotal = fixture.Published.All.Count(i => i.GetCulture(Cultures.Default) is not null && !SearchSettingsTypes.Contains(i.ContentType));

        using var response = await Client.RequestAsync(DeliveryClient.Content);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["total", "items"], json.PropertyNames());
        Assert.Equal(expectedTotal, json.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(10, expectedTotal), json.GetProperty("items").GetArrayLength());
        Assert.True(expectedTotal > 10, "the seed should have more than one page");
    }

    [Fact]
    public async Task ItemById_SeedArticle_ReturnsItemWithRouteAndStartItem()
    {
        var expected = fixture.Published.GetByKey(SeedKeys.RevDsgArticle)!.GetCulture(Cultures.Default)!;

        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], json.PropertyNames());
        Assert.Equal("article", json.GetProperty("contentType").GetString());
        Assert.Equal(expected.Name, json.GetProperty("name").GetString());
        Assert.Equal(SeedKeys.RevDsgPath, json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(SeedKeys.Home, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("home", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(SeedKeys.RevDsgArticle, json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ItemById_UnknownKey_Returns404WithEmptyBody()
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Theory]
    [InlineData("/item")]
    [InlineData("/item/")]
    public async Task ItemByPath_EmptyPath_ReturnsFirstRoot(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedKeys.Home, json.GetProperty("id").GetGuid());
        Assert.Equal("/", json.GetProperty("route").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("/item/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/")]
    [InlineData("/item/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit")]
    [InlineData("/item/DOSSIERS/Datenschutz/revdsg-in-der-sozialen-arbeit")]
    public async Task ItemByPath_ArticleRoute_ReturnsArticle(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedKeys.RevDsgArticle, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ItemByPath_UnknownRoute_Returns404WithEmptyBody()
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/item/dossiers/gibt-es-nicht/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Fact]
    public async Task Items_KnownAndUnknownIds_ReturnsBareArrayWithoutUnknown()
    {
        var url = $"{DeliveryClient.Content}/items?id={SeedKeys.DatenschutzWorkshop}&id={Guid.NewGuid()}&id={SeedKeys.RevDsgArticle}";

        using var response = await Client.RequestAsync(url);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal([SeedKeys.DatenschutzWorkshop, SeedKeys.RevDsgArticle], json.Ids());
    }

    [Fact]
    public async Task Items_OnlyUnknownIds_ReturnsEmptyArray()
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}/items?id={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.TextAsync());
    }
}
