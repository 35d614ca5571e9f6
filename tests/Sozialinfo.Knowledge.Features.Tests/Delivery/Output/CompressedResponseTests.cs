using System.Net;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

/// <summary>
/// Cached Delivery responses in Brotli, gzip and identity: same JSON after decoding, Content-Encoding, Vary that keeps
/// the Delivery headers, an ETag per coding and 304 for each. The test host has no compression middleware, so
/// every compressed byte comes from the caches.
/// </summary>
public sealed class CompressedResponseTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    public static readonly TheoryData<string> Paths = new()
    {
        "/item/fe1163e1-7a56-43c4-a752-87af22e6fed6",
        "/item/dossiers/datenschutz/revdsg/",
        "?filter=contentType:article&sort=sortOrder:asc&take=5",
        "/items?id=fe1163e1-7a56-43c4-a752-87af22e6fed6&id=0a6a4f7e-3b7c-4a53-9d55-0d2a7b0c1e01",
    };

    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_EachAcceptEncoding_DecodesToIdenticalBytes(string path)
    {
        using var identity = await Client.RequestAsync(DeliveryHttp.Base + path);
        using var brotli = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "br, gzip"));
        using var gzip = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "gzip"));
        using var brotliAgain = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "gzip, deflate, br"));

        var plain = await identity.DecodedBytesAsync();
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await brotli.DecodedBytesAsync());
        Assert.Equal(plain, await gzip.DecodedBytesAsync());
        Assert.Equal(await brotli.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), await brotliAgain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.True(brotli.Content.Headers.ContentLength < plain.Length);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_Compressed_SendsCodingHeadersAndATagPerCoding(string path)
    {
        using var identity = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "identity"));
        using var brotli = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "br"));
        using var gzip = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "br;q=0, gzip"));

        var tag = identity.Headers.ETag!;
        Assert.False(tag.IsWeak);
        Assert.Equal(tag.Tag[..^1] + "-br\"", brotli.Headers.ETag!.Tag);
        Assert.Equal(tag.Tag[..^1] + "-gz\"", gzip.Headers.ETag!.Tag);
        Assert.False(brotli.Headers.ETag.IsWeak);
        foreach (var response in new[] { identity, brotli, gzip })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Accept-Language", "Preview", "Start-Item", "Api-Key", "Accept-Encoding"], response.Headers.Vary);
            Assert.Equal((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length, response.Content.Headers.ContentLength);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(identity.Content.Headers.LastModified, response.Content.Headers.LastModified);
        }
    }

    [Theory]
    [InlineData("/item/fe1163e1-7a56-43c4-a752-87af22e6fed6", "br")]
    [InlineData("/item/fe1163e1-7a56-43c4-a752-87af22e6fed6", "gzip")]
    [InlineData("?filter=contentType:article&take=5", "br")]
    [InlineData("?filter=contentType:article&take=5", "gzip")]
    public async Task Get_IfNoneMatchWithTheCodingTag_Returns304(string path, string coding)
    {
        using var first = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", coding));
        var tag = first.Headers.ETag!.Tag;

        using var strong = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", coding), ("If-None-Match", tag));
        using var weak = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", coding), ("If-None-Match", $"\"other\", W/{tag}"));
        using var otherCoding = await Client.RequestAsync(DeliveryHttp.Base + path, ("Accept-Encoding", "identity"), ("If-None-Match", tag));

        Assert.Equal(HttpStatusCode.NotModified, strong.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Empty(await strong.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(tag, strong.Headers.ETag?.Tag);
        Assert.Contains("Accept-Encoding", strong.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, otherCoding.StatusCode);
        Assert.Empty(otherCoding.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_AfterPublish_ServesNewCompressedBytes()
    {
        await using var host = await DeliveryTestHost.StartAsync(null, TestContext.Current.CancellationToken);
        var url = $"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}";
        var queryUrl = $"{DeliveryHttp.Base}?filter=contentType:article&take=5";
        using var before = await host.Client.RequestAsync(url, ("Accept-Encoding", "br"));
        using var queryBefore = await host.Client.RequestAsync(queryUrl, ("Accept-Encoding", "br"));
        var published = host.Cache.Published;
        await host.ReplaceAsync(new ContentSnapshot(published.Version + 1, published.All.Select(Renamed), []), host.Cache.Preview, TestContext.Current.CancellationToken);

        using var after = await host.Client.RequestAsync(url, ("Accept-Encoding", "br"));
        using var queryAfter = await host.Client.RequestAsync(queryUrl, ("Accept-Encoding", "br"));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.EndsWith("-br\"", after.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("\"Neuer Titel\"", await after.DecodedTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Neuer Titel\"", await before.DecodedTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual(queryBefore.Headers.ETag, queryAfter.Headers.ETag);
        Assert.Contains("\"Neuer Titel\"", await queryAfter.DecodedTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Neuer Titel\"", await queryBefore.DecodedTextAsync(), StringComparison.Ordinal);
    }

    private static PublishedContent Renamed(PublishedContent item)
    {
        if (item.Key != SampleContent.ArticleOne)
        {
            return item;
        }

        var german = item.GetCulture("de-CH")!;
        var renamed = new PublishedCulture(german.Culture, "Neuer Titel", german.UrlSegment, german.UpdateDate.AddMinutes(1), german.Properties);
        return new PublishedContent(
            item.Key, item.ParentKey, item.ContentType, item.SortOrder, item.CreateDate, item.VariesByCulture, item.IsPublished,
            new Dictionary<string, PublishedCulture>(item.Cultures, StringComparer.OrdinalIgnoreCase) { [german.Culture] = renamed });
    }
}
