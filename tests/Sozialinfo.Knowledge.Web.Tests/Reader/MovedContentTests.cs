using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// A moved item's old route answers 301 to its new route. The redirect is put into the published snapshot the way a
/// publish does it (an atomic swap of the cache), so the site is tested against exactly what it reads.
/// </summary>
public sealed class MovedContentTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_OldRouteOfMovedItem_RedirectsPermanentlyToItsNewRoute()
    {
        var published = await ReaderRequests.PublishedAsync(_factory);
        var article = published.GetByRoute("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/", Cultures.Default)!;
        var cache = _factory.Services.GetRequiredService<PublishedContentCache>();
        cache.Replace(
            new ContentSnapshot(published.Version + 1, published.All, [new RouteRedirect(Cultures.Default, "/dossiers/datenschutz/revdsg/", article.Key)]),
            cache.Preview);

        var (response, _) = await ReaderRequests.GetPageAsync(ReaderRequests.NoRedirects(_factory), "/dossiers/datenschutz/revdsg/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/", response.Headers.Location?.OriginalString);
    }
}
