using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>Every 200 carries ETag and Last-Modified; a current If-None-Match or If-Modified-Since answers 304.</summary>
public sealed class ConditionalGetTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    public static TheoryData<string> Urls { get; } = new()
    {
        $"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}",
        $"{DeliveryClient.Content}/item{SeedKeys.RevDsgPath}",
        $"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}?expand=properties[$all]",
        $"{DeliveryClient.Content}/items?id={SeedKeys.Home}&id={SeedKeys.Dossiers}",
        $"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Get_Ok_CarriesValidatorsAnd304OnIfNoneMatch(string url)
    {
        using var first = await fixture.Client.RequestAsync(url);

        using var second = await fixture.Client.RequestAsync(url, ("If-None-Match", first.Headers.ETag!.Tag));
        using var third = await fixture.Client.RequestAsync(url, ("If-Modified-Since", first.Content.Headers.LastModified!.Value.ToString("R")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, third.StatusCode);
        Assert.Empty(await second.TextAsync());
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Get_304ByDateForAClientAcceptingCompression_VariesLikeThe200(string url)
    {
        using var first = await fixture.Client.RequestAsync(url, ("Accept-Encoding", "br, gzip"));

        using var second = await fixture.Client.RequestAsync(
            url, ("Accept-Encoding", "br, gzip"), ("If-Modified-Since", first.Content.Headers.LastModified!.Value.ToString("R")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.Vary.Order(), second.Headers.Vary.Order());
    }

    [Fact]
    public async Task Get_AfterPublish_OldTagNoLongerMatches()
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?>());
        using var client = DeliveryFixture.CreateClient(factory);
        var url = $"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}";
        using var before = await client.RequestAsync(url);

        var key = Guid.NewGuid();
        await client.SaveDraftAsync(key, ArticleDrafts.Article("Ein ganz neuer Artikel", "ganz-neu", "Ein neuer Artikel, damit sich die Liste der Kinder ändert."));
        await client.PublishAsync(key);
        using var after = await client.RequestAsync(url, ("If-None-Match", before.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag.Tag, after.Headers.ETag!.Tag);
    }
}
