using System.Net;
using Sozialinfo.Knowledge.Web.Tests.Delivery;

namespace Sozialinfo.Knowledge.Web.Tests.Hosting;

public sealed class HeadAsGetMiddlewareTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content?take=1")]
    [InlineData("/umbraco/delivery/api/v2/content/item/dossiers/datenschutz/")]
    [InlineData("/api/search?q=Datenschutz")]
    [InlineData("/api/search/suggest?q=Dat")]
    [InlineData("/umbraco/openapi/delivery.json")]
    [InlineData("/umbraco/api-reference/delivery")]
    [InlineData("/suche?q=Datenschutz")]
    public async Task Head_GetRoute_AnswersLikeGetWithoutABody(string path)
    {
        using var get = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), Token);
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Token);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Head_UnknownItem_AnswersLikeGet()
    {
        const string path = "/umbraco/delivery/api/v2/content/item/00000000-0000-0000-0000-000000000001";
        using var get = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), Token);
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Head_PostOnlyRoute_AnswersAsGetDoes()
    {
        var path = $"/api/content/{Guid.NewGuid()}/publish";
        using var get = await SendWithKeyAsync(HttpMethod.Get, path);
        using var head = await SendWithKeyAsync(HttpMethod.Head, path);

        Assert.Equal(get.StatusCode, head.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithKeyAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);
        return await fixture.Client.SendAsync(request, Token);
    }
}
