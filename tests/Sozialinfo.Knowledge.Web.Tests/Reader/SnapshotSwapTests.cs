using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// The site follows the published snapshot the way a publish swaps it (atomically, in the cache): moved items
/// redirect, and a rendered page is never served from an older snapshot.
/// </summary>
public sealed class SnapshotSwapTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private const string ArticlePath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_OldRouteOfMovedItem_RedirectsPermanentlyToItsNewRoute()
    {
        var published = await ReaderRequests.PublishedAsync(_factory);
        var article = published.GetByRoute(ArticlePath, Cultures.Default)!;
        Publish(new ContentSnapshot(published.Version + 1, published.All, [new RouteRedirect(Cultures.Default, "/dossiers/datenschutz/revdsg/", article.Key)]));

        var (response, _) = await ReaderRequests.GetPageAsync(ReaderRequests.NoRedirects(_factory), "/dossiers/datenschutz/revdsg/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(ArticlePath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_PageAfterPublish_ShowsTheNewVersionWithANewEntityTag()
    {
        var client = _factory.CreateClient();
        var published = await ReaderRequests.PublishedAsync(_factory);
        var (before, firstPage) = await ReaderRequests.GetPageAsync(client, ArticlePath);
        var (again, secondPage) = await ReaderRequests.GetPageAsync(client, ArticlePath);
        Publish(new ContentSnapshot(published.Version + 1, published.All.Select(i => Renamed(i, ArticlePath, "Neu: Datenschutz im Alltag")), []));

        var (after, thirdPage) = await ReaderRequests.GetPageAsync(client, ArticlePath);

        Assert.Equal(firstPage.Html, secondPage.Html);
        Assert.Equal(before.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Neu: Datenschutz im Alltag", Assert.Single(thirdPage.Headings, h => h.Level == 1).Text);
    }

    [Fact]
    public async Task Head_RenderedPage_AnswersHeadersOnly()
    {
        var client = _factory.CreateClient();
        var (get, page) = await ReaderRequests.GetPageAsync(client, "/dossiers/");
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/dossiers/", UriKind.Relative));

        using var head = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(page.Html), head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private void Publish(ContentSnapshot snapshot)
    {
        var cache = _factory.Services.GetRequiredService<PublishedContentCache>();
        cache.Replace(snapshot, cache.Preview);
    }

    private static PublishedContent Renamed(PublishedContent item, string path, string name)
    {
        var german = item.GetCulture(Cultures.Default);
        if (german?.Path != path)
        {
            return item;
        }

        var renamed = new PublishedCulture(german.Culture, name, german.UrlSegment, german.UpdateDate.AddMinutes(1), german.Properties);
        return new PublishedContent(
            item.Key, item.ParentKey, item.ContentType, item.SortOrder, item.CreateDate, item.VariesByCulture, item.IsPublished,
            new Dictionary<string, PublishedCulture>(item.Cultures, StringComparer.OrdinalIgnoreCase) { [german.Culture] = renamed });
    }
}
