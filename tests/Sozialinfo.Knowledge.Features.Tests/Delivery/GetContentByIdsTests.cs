using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class GetContentByIdsTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Get_KnownUnknownAndDuplicateIds_ReturnsBareArrayInRequestOrder()
    {
        var url = $"{DeliveryHttp.Base}/items?id={SampleContent.Event}&id={Guid.NewGuid()}&id={SampleContent.ArticleOne}&id={SampleContent.Event}";

        using var response = await Client.RequestAsync(url);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal([SampleContent.Event, SampleContent.ArticleOne], json.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_NoIds_ReturnsEmptyArray()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.TextAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1")]
    [InlineData("fe1163e1-7a56-43c4-a752")]
    [InlineData("%00")]
    public async Task Get_MalformedId_Returns400ValidationProblem(string id)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/items?id={SampleContent.Home}&id={id}");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Get_DraftIdWithoutPreview_IsLeftOut()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/items?id={SampleContent.DraftArticle}&id={SampleContent.Home}");

        Assert.Equal([SampleContent.Home], (await response.JsonAsync()).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_WithFields_LimitsPropertiesOfEveryItem()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/items?id={SampleContent.ArticleOne}&id={SampleContent.ArticleTwo}&fields=properties[lead]");
        var json = await response.JsonAsync();

        Assert.All(json.EnumerateArray(), i => Assert.Equal(["lead"], i.GetProperty("properties").PropertyNames()));
    }
}
