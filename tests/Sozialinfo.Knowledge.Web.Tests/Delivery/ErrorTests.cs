using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>The "Errors" table of delivery-api.md.</summary>
public sealed class ErrorTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("fetch=siblings:/dossiers/", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("fetch=children", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("filter=color:red", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("filter=contentType:article&filter=unbekannt", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("sort=popularity:desc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public async Task Query_UnknownOption_Returns400ProblemWithUmbracoTitle(string query, string title, string detail)
    {
        using var response = await Client.RequestAsync($"{DeliveryClient.Content}?{query}");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal(detail, json.GetProperty("detail").GetString());
        Assert.Equal(400, json.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("?take=abc", "take")]
    [InlineData("?skip=zwei", "skip")]
    [InlineData("/items?id=abc", "id")]
    [InlineData("/item/d748fe6c-cd9e-438b-a356-c192b7e2ee40?expand=all", "expand")]
    [InlineData("/item/?fields=properties[lead", "fields")]
    public async Task MalformedParameter_Returns400ValidationProblem(string pathAndQuery, string parameter)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + pathAndQuery);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out var messages));
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task PreviewWithoutKey_Returns401Empty()
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content, DeliveryClient.PreviewHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? (await response.TextAsync()).Length);
    }

    [Theory]
    [InlineData("/item/00000000-0000-0000-0000-000000000001")]
    [InlineData("/item/nicht/vorhanden")]
    public async Task UnknownIdOrPath_Returns404Empty(string path)
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Fact]
    public async Task DisallowedContentType_Returns404AndIsLeftOutOfQueries()
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "event" });
        using var client = DeliveryFixture.CreateClient(factory);

        using var byId = await client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.DatenschutzWorkshop}");
        using var byRoute = await client.RequestAsync($"{DeliveryClient.Content}/item/veranstaltungen/workshop-datenschutz-im-sozialdienst/");
        var children = await client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.Veranstaltungen}");
        var all = await client.GetJsonAsync($"{DeliveryClient.Content}?take=1000");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Empty(await byId.TextAsync());
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(0, children.GetProperty("total").GetInt32());
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("contentType").GetString() == "event");
        Assert.Equal(all.GetProperty("items").GetArrayLength(), all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownStartItem_Returns404WithJsonString()
    {
        using var response = await Client.RequestAsync(DeliveryClient.Content, ("Start-Item", "00000000-0000-0000-0000-000000000001"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\"The Start-Item could not be found\"", await response.TextAsync());
    }
}
