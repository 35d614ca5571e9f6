using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Web.Tests.Reader.Search;

/// <summary>The search page over the published seed content: hits, highlighting, facets, paging and "Meinten Sie".</summary>
public sealed partial class SearchResultsTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_Query_ListsHitsWithTitleLinkTypeAndHighlightedSnippet()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);

        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?q=Datenschutz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("private", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var total = Total(page, "Datenschutz");
        Assert.True(total > 10, $"Expected more than one page of hits, got {total}.");
        Assert.Contains("value=\"Datenschutz\"", page.Element("form", "class=\"search-form\""), StringComparison.Ordinal);
        var hits = Hits(page);
        Assert.Equal(10, hits.Count);
        Assert.All(hits, hit =>
        {
            var link = Assert.Single(HtmlPage.LinksIn(hit));
            var item = snapshot.GetByRoute(link.Href, "de-CH");
            Assert.NotNull(item);
            Assert.Equal(ReaderRequests.German(item).Name, link.Text);
            Assert.Matches("<p class=\"search-hit-type\">(Artikel|Dossier|Angebot|Veranstaltung|Startseite|Übersicht)</p>", hit);
        });
        Assert.Contains(hits, h => h.Contains("<p class=\"search-hit-type\">Artikel</p>", StringComparison.Ordinal));
        Assert.Contains(HtmlPage.LinksIn(hits[0]), l => l.Href == "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/");
        Assert.True(hits.Count(h => h.Contains("<mark>Datenschutz", StringComparison.OrdinalIgnoreCase)) >= 5);
        Assert.DoesNotContain("&lt;mark&gt;", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TypeFacetLink_NarrowsHitsToThatTypeAndMarksItSelected()
    {
        var client = _factory.CreateClient();
        var (_, all) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschutz");
        var types = all.Element("section", "aria-labelledby=\"filter-typ\"");
        Assert.NotNull(types);
        var articleLink = Assert.Single(HtmlPage.LinksIn(types), l => l.Text.StartsWith("Artikel", StringComparison.Ordinal));
        var advertised = int.Parse(CountPattern().Match(articleLink.Text).Groups[1].Value, CultureInfo.InvariantCulture);

        var (response, narrowed) = await ReaderRequests.GetPageAsync(client, articleLink.Href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/suche?q=Datenschutz&typ=article", articleLink.Href);
        Assert.Equal(advertised, Total(narrowed, "Datenschutz"));
        Assert.True(advertised < Total(all, "Datenschutz"));
        Assert.All(Hits(narrowed), h => Assert.Contains("<p class=\"search-hit-type\">Artikel</p>", h, StringComparison.Ordinal));
        var selected = Assert.Single(HtmlPage.LinksIn(narrowed.Element("section", "aria-labelledby=\"filter-typ\"")!), l => l.Markup.Contains("aria-current=\"true\"", StringComparison.Ordinal));
        Assert.Equal("/suche?q=Datenschutz", selected.Href);
        Assert.Contains(narrowed.Links, l => l.Text == "Alle Filter entfernen" && l.Href == "/suche?q=Datenschutz");
    }

    [Theory]
    [InlineData("filter-dossier")]
    [InlineData("filter-thema")]
    public async Task Get_OtherFacetLink_NarrowsToTheAdvertisedCount(string group)
    {
        var client = _factory.CreateClient();
        var (_, all) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschutz");
        var link = HtmlPage.LinksIn(all.Element("section", $"aria-labelledby=\"{group}\"")!)[0];
        var advertised = int.Parse(CountPattern().Match(link.Text).Groups[1].Value, CultureInfo.InvariantCulture);

        var (_, narrowed) = await ReaderRequests.GetPageAsync(client, link.Href);

        Assert.Equal(advertised, Total(narrowed, "Datenschutz"));
        Assert.True(advertised < Total(all, "Datenschutz"));
    }

    [Fact]
    public async Task Get_SecondPage_ShowsOtherHitsWithPreviousLinkAndCurrentPageMarked()
    {
        var client = _factory.CreateClient();
        var (_, first) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschutz");
        var paging = first.Element("nav", "class=\"search-paging\"");
        Assert.NotNull(paging);
        var next = Assert.Single(HtmlPage.LinksIn(paging), l => l.Text == "Weiter");
        Assert.DoesNotContain(HtmlPage.LinksIn(paging), l => l.Text == "Zurück");
        Assert.Contains("aria-current=\"page\" aria-label=\"Seite 1\"", paging, StringComparison.Ordinal);

        var (_, second) = await ReaderRequests.GetPageAsync(client, next.Href);

        Assert.Equal("/suche?q=Datenschutz&seite=2", next.Href);
        var secondPaging = second.Element("nav", "class=\"search-paging\"")!;
        Assert.Contains("aria-current=\"page\" aria-label=\"Seite 2\"", secondPaging, StringComparison.Ordinal);
        Assert.Contains(HtmlPage.LinksIn(secondPaging), l => l.Text == "Zurück" && l.Href == "/suche?q=Datenschutz");
        Assert.Contains("<ol class=\"search-hits\" start=\"11\">", second.Html, StringComparison.Ordinal);
        var firstHrefs = Hits(first).Select(h => HtmlPage.LinksIn(h)[0].Href).ToHashSet();
        var secondHrefs = Hits(second).Select(h => HtmlPage.LinksIn(h)[0].Href).ToList();
        Assert.NotEmpty(secondHrefs);
        Assert.DoesNotContain(secondHrefs, firstHrefs.Contains);
    }

    [Fact]
    public async Task Get_Typo_OffersSpellingSuggestionThatFindsHits()
    {
        var client = _factory.CreateClient();

        var (_, page) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenshutz");

        var suggestion = Assert.Single(page.Links, l => l.Text == "«Datenschutz»");
        Assert.Equal("/suche?q=Datenschutz", suggestion.Href);
        Assert.Contains("Meinten Sie <a href=\"/suche?q=Datenschutz\">«Datenschutz»</a>?", page.Html, StringComparison.Ordinal);
        var (_, corrected) = await ReaderRequests.GetPageAsync(client, suggestion.Href);
        Assert.True(Total(corrected, "Datenschutz") > 0);
    }

    [Fact]
    public async Task Get_TypoWithHits_ShowsTheHitsAndOffersTheWord()
    {
        var client = _factory.CreateClient();

        var (_, page) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschuz");
        var (_, exact) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschutz");

        Assert.Contains("Meinten Sie <a href=\"/suche?q=Datenschutz\">«Datenschutz»</a>?", page.Html, StringComparison.Ordinal);
        Assert.Equal(Total(exact, "Datenschutz"), Total(page, "Datenschuz"));
    }

    [Fact]
    public async Task Get_NothingFound_ShowsGermanNoHitPageWithSuggestionAndTips()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?q=Datenshutz&dimension=gibt-es-nicht");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keine Treffer für «Datenshutz»", page.Html, StringComparison.Ordinal);
        Assert.Contains("Meinten Sie <a href=\"/suche?q=Datenschutz\">«Datenschutz»</a>?", page.Html, StringComparison.Ordinal);
        Assert.Contains("Tipps für die Suche", page.Html, StringComparison.Ordinal);
        Assert.Contains(page.Links, l => l.Text == "Ohne Filter suchen" && l.Href == "/suche?q=Datenshutz");
        Assert.Empty(Hits(page));
    }

    [Fact]
    public async Task Get_UnknownWord_ShowsNoHitPageWithoutSuggestion()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?q=Xylofonquatsch");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keine Treffer für «Xylofonquatsch»", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Meinten Sie", page.Html, StringComparison.Ordinal);
        Assert.Contains("Prüfen Sie die Schreibweise", page.Html, StringComparison.Ordinal);
    }

    private static int Total(HtmlPage page, string text)
    {
        var match = Regex.Match(page.Html, $"<div role=\"status\"><h2 class=\"search-count\">(\\d+) Treffer für «{Regex.Escape(text)}»</h2></div>");
        Assert.True(match.Success, "No result count on the page.");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static List<string> Hits(HtmlPage page) =>
        [.. HitPattern().Matches(page.Html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<li class=\"search-hit\">(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex HitPattern();

    [GeneratedRegex("\\((\\d+)\\)")]
    private static partial Regex CountPattern();
}
