using System.Net;
using System.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

public sealed class ContentItemWriterTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData("/item/fe1163e1-7a56-43c4-a752-87af22e6fed6")]
    [InlineData("/item/dossiers/datenschutz/revdsg/")]
    [InlineData("/item/fe1163e1-7a56-43c4-a752-87af22e6fed6?expand=properties[$all]")]
    [InlineData("/items?id=fe1163e1-7a56-43c4-a752-87af22e6fed6")]
    [InlineData("?take=3&fields=properties[lead]")]
    public async Task Get_IfNoneMatchWithCurrentTag_Returns304(string path)
    {
        using var first = await Client.RequestAsync(DeliveryHttp.Base + path);
        var tag = first.Headers.ETag!.Tag;

        using var second = await Client.RequestAsync(DeliveryHttp.Base + path, ("If-None-Match", tag));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.TextAsync());
        Assert.Equal(tag, second.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Get_IfModifiedSinceLastModified_Returns304()
    {
        using var first = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Event}");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var second = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Event}", ("If-Modified-Since", lastModified.ToString("R")));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_DifferentCultureShapeOrPreview_HasDifferentTags()
    {
        var url = $"{DeliveryHttp.Base}/item/{SampleContent.Home}";
        using var german = await Client.RequestAsync(url);
        using var french = await Client.RequestAsync(url, ("Accept-Language", "fr-CH"));
        using var expanded = await Client.RequestAsync(url + "?expand=properties[$all]");
        using var preview = await Client.RequestAsync(url, ("Preview", "true"), ("Api-Key", DeliveryTestHost.ApiKey));

        EntityTagHeaderValue?[] tags = [german.Headers.ETag, french.Headers.ETag, expanded.Headers.ETag, preview.Headers.ETag];
        Assert.Equal(4, tags.Select(t => t!.Tag).Distinct().Count());
    }

    [Fact]
    public async Task Get_StaleTag_Returns200WithBody()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}", ("If-None-Match", "\"v0-stale\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.TextAsync());
    }

    [Fact]
    public async Task Get_FastPathAndConditionalPath_WriteTheSameValidators()
    {
        var url = $"{DeliveryHttp.Base}/item/{SampleContent.Event}";

        using var plain = await Client.RequestAsync(url);
        using var conditional = await Client.RequestAsync(url, ("If-None-Match", "\"stale\""));

        Assert.Equal(HttpStatusCode.OK, conditional.StatusCode);
        Assert.Equal(plain.Headers.ETag, conditional.Headers.ETag);
        Assert.Equal(plain.Content.Headers.LastModified, conditional.Content.Headers.LastModified);
        Assert.Equal(plain.Content.Headers.GetValues("Last-Modified"), conditional.Content.Headers.GetValues("Last-Modified"));
    }

    [Fact]
    public async Task Get_SameItemTwice_ReturnsIdenticalBytes()
    {
        using var first = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}");
        using var second = await Client.RequestAsync($"{DeliveryHttp.Base}/items?id={SampleContent.ArticleOne}");

        Assert.Equal($"[{await first.TextAsync()}]", await second.TextAsync());
    }
}
