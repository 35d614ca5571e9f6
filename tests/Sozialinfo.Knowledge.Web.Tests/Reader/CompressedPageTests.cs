using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// Rendered pages in Brotli, gzip and identity through the whole host, response compression middleware included:
/// the same HTML after decoding (so the middleware never compresses twice), Content-Encoding, Vary, an ETag per
/// coding with 304 for each, and new bytes after a publish.
/// </summary>
public sealed class CompressedPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private const string ArticlePath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Theory]
    [InlineData(ArticlePath)]
    [InlineData("/dossiers/")]
    [InlineData("/")]
    public async Task Get_EachAcceptEncoding_DecodesToIdenticalHtml(string path)
    {
        var client = _factory.CreateClient();
        using var identity = await SendAsync(client, path);
        using var brotli = await SendAsync(client, path, ("Accept-Encoding", "br, gzip"));
        using var gzip = await SendAsync(client, path, ("Accept-Encoding", "gzip"));
        using var brotliAgain = await SendAsync(client, path, ("Accept-Encoding", "br, gzip"));

        var html = await DecodedAsync(identity);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(html, await DecodedAsync(brotli));
        Assert.Equal(html, await DecodedAsync(gzip));
        Assert.Equal(await DecodedAsync(brotli), await DecodedAsync(brotliAgain));
        Assert.Contains("</html>", Encoding.UTF8.GetString(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "-br")]
    [InlineData("gzip", "-gz")]
    public async Task Get_CompressedPage_SendsCodingHeadersAndATagPerCoding(string coding, string suffix)
    {
        var client = _factory.CreateClient();
        using var identity = await SendAsync(client, ArticlePath);
        using var compressed = await SendAsync(client, ArticlePath, ("Accept-Encoding", coding));

        var raw = await compressed.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal(identity.Headers.ETag!.Tag[..^1] + suffix + "\"", compressed.Headers.ETag!.Tag);
        Assert.False(compressed.Headers.ETag.IsWeak);
        Assert.Equal(["Accept-Encoding"], compressed.Headers.Vary);
        Assert.Equal(raw.Length, compressed.Content.Headers.ContentLength);
        Assert.Equal("text/html", compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["no-cache"], compressed.Headers.CacheControl!.ToString().Split(", "));
        Assert.True(compressed.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Get_IfNoneMatchWithTheCodingTag_Returns304(string coding)
    {
        var client = _factory.CreateClient();
        using var first = await SendAsync(client, ArticlePath, ("Accept-Encoding", coding));
        var tag = first.Headers.ETag!.Tag;

        using var second = await SendAsync(client, ArticlePath, ("Accept-Encoding", coding), ("If-None-Match", tag));
        using var identity = await SendAsync(client, ArticlePath, ("If-None-Match", tag));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(tag, second.Headers.ETag?.Tag);
        Assert.Equal(["Accept-Encoding"], second.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, identity.StatusCode);
    }

    [Fact]
    public async Task Head_CompressedPage_AnswersTheCompressedLengthWithoutBody()
    {
        var client = _factory.CreateClient();
        using var get = await SendAsync(client, "/dossiers/", ("Accept-Encoding", "br"));
        using var head = await SendAsync(client, "/dossiers/", HttpMethod.Head, ("Accept-Encoding", "br"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_PageAfterPublish_ServesNewCompressedBytes()
    {
        var client = _factory.CreateClient();
        var published = await ReaderRequests.PublishedAsync(_factory);
        using var before = await SendAsync(client, ArticlePath, ("Accept-Encoding", "br"));
        var cache = _factory.Services.GetRequiredService<PublishedContentCache>();
        cache.Replace(new ContentSnapshot(published.Version + 1, published.All.Select(Renamed), []), cache.Preview);

        using var after = await SendAsync(client, ArticlePath, ("Accept-Encoding", "br"));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.EndsWith("-br\"", after.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("Komprimiert neu", Encoding.UTF8.GetString(await DecodedAsync(after)), StringComparison.Ordinal);
        Assert.DoesNotContain("Komprimiert neu", Encoding.UTF8.GetString(await DecodedAsync(before)), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, params (string Name, string Value)[] headers) =>
        SendAsync(client, path, HttpMethod.Get, headers);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, HttpMethod method, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<byte[]> DecodedAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var input = new MemoryStream(raw);
        await using Stream decoder = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            null => input,
            "br" => new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true),
            "gzip" => new GZipStream(input, CompressionMode.Decompress, leaveOpen: true),
            var other => throw new InvalidOperationException($"Unexpected Content-Encoding {other}."),
        };
        using var output = new MemoryStream();
        await decoder.CopyToAsync(output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static PublishedContent Renamed(PublishedContent item)
    {
        var german = item.GetCulture(Cultures.Default);
        if (german?.Path != ArticlePath)
        {
            return item;
        }

        var renamed = new PublishedCulture(german.Culture, "Komprimiert neu", german.UrlSegment, german.UpdateDate.AddMinutes(1), german.Properties);
        return new PublishedContent(
            item.Key, item.ParentKey, item.ContentType, item.SortOrder, item.CreateDate, item.VariesByCulture, item.IsPublished,
            new Dictionary<string, PublishedCulture>(item.Cultures, StringComparer.OrdinalIgnoreCase) { [german.Culture] = renamed });
    }
}
