using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Start page, dossier overview and dossier: what they list and in which order.</summary>
public sealed class ListingPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_Dossier_ListsItsArticlesInSortOrderWithReadingTime()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var dossier = snapshot.GetByRoute("/dossiers/datenschutz/", Cultures.Default)!;
        var expected = snapshot.GetChildren(dossier.Key)
            .Where(c => c.ContentType == "article")
            .OrderBy(c => c.SortOrder)
            .Select(c => ReaderRequests.German(c).Path)
            .ToList();

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/dossiers/datenschutz/");

        var listing = page.Element("section", "class=\"listing\"");
        Assert.NotNull(listing);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, HtmlPage.LinksIn(listing).Select(l => l.Href));
        Assert.Equal(expected.Count, System.Text.RegularExpressions.Regex.Count(listing, @"\d+ Min\. Lesezeit"));
    }

    [Fact]
    public async Task Get_DossierList_ListsEveryDossierWithLeadAndArticleCount()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var list = snapshot.GetByRoute("/dossiers/", Cultures.Default)!;
        var dossiers = snapshot.GetChildren(list.Key).Where(c => c.ContentType == "dossier").ToList();

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/dossiers/");

        var listing = page.Element("section", "class=\"listing\"")!;
        Assert.Equal(dossiers.Select(d => ReaderRequests.German(d).Path), HtmlPage.LinksIn(listing).Select(l => l.Href));
        var text = HtmlPage.Text(listing);
        Assert.All(dossiers, dossier =>
        {
            var count = snapshot.GetChildren(dossier.Key).Count(c => c.ContentType == "article");
            Assert.Contains($"{ReaderRequests.German(dossier).Name} {count} Artikel", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Get_StartPage_ShowsFeaturedDossiersAndLinksToOffers()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var home = ReaderRequests.German(snapshot, "/");
        var featured = home.Value<IReadOnlyList<Guid>>("featuredDossiers")!
            .Select(snapshot.GetByKey)
            .Select(d => ReaderRequests.German(d!).Path)
            .ToList();
        var offerOverview = snapshot.GetByRoute("/angebote/", Cultures.Default)!;
        var offers = snapshot.GetChildren(offerOverview.Key).Select(o => ReaderRequests.German(o).Path).ToList();

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/");

        var dossiers = page.Element("section", "aria-labelledby=\"seite-dossiers\"");
        Assert.NotNull(dossiers);
        Assert.NotEmpty(featured);
        Assert.Equal([.. featured, "/dossiers/"], HtmlPage.LinksIn(dossiers).Select(l => l.Href));
        var offerLinks = HtmlPage.LinksIn(page.Element("section", "aria-labelledby=\"seite-angebote\"")!).Select(l => l.Href).ToList();
        Assert.NotEmpty(offers);
        Assert.Equal([.. offers, "/angebote/"], offerLinks);
    }

    [Fact]
    public async Task Get_ServicePage_ShowsPriceContactAndChildPages()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var overview = snapshot.GetByRoute("/angebote/", Cultures.Default)!;
        var culture = ReaderRequests.German(overview);

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/angebote/");

        var facts = HtmlPage.Text(page.Element("section", "class=\"facts\"")!);
        Assert.Contains(culture.Text("priceInfo")!, facts, StringComparison.Ordinal);
        Assert.Contains($"mailto:{culture.Text("contactEmail")}", page.Html, StringComparison.Ordinal);
        var children = HtmlPage.LinksIn(page.Element("section", "aria-labelledby=\"seite-angebote\"")!).Select(l => l.Href);
        Assert.Equal(snapshot.GetChildren(overview.Key).Select(c => ReaderRequests.German(c).Path), children);
    }
}
