using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Reader.Search;

/// <summary>The search page without a query, its route and the search form in the header of every page.</summary>
public sealed class SearchFormTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Theory]
    [InlineData("/suche")]
    [InlineData("/suche?q=")]
    [InlineData("/suche?q=%20%20")]
    public async Task Get_WithoutQuery_ShowsFormHintAndLandmarks(string path)
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de-CH\">", page.Html, StringComparison.Ordinal);
        Assert.Equal("Suche", Assert.Single(page.Headings, h => h.Level == 1).Text);
        Assert.Equal(1, page.Count("main"));
        Assert.NotNull(page.Element("header", "class=\"site-header\""));
        Assert.NotNull(page.Element("footer"));
        var form = page.Element("form", "class=\"search-form\"");
        Assert.NotNull(form);
        Assert.Contains("<form class=\"search-form\" action=\"/suche\" method=\"get\" role=\"search\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"suche-q\">Suchbegriff</label>", form, StringComparison.Ordinal);
        Assert.Contains("id=\"suche-q\" type=\"search\" name=\"q\" value=\"\"", form, StringComparison.Ordinal);
        Assert.Contains("Geben Sie einen oder mehrere Begriffe ein", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Treffer für", page.Html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_QueryOverTheLimit_SaysTheLimitInGermanAndTheInputTakesNoMore()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?q=" + new string('d', 201));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"search-notice\" role=\"status\">Die Suchanfrage darf höchstens 200 Zeichen lang sein.", page.Html, StringComparison.Ordinal);
        var form = page.Element("form", "class=\"search-form\"");
        Assert.NotNull(form);
        Assert.Contains($"value=\"{new string('d', 200)}\" maxlength=\"200\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"q\" maxlength=\"200\"", page.Element("form", "class=\"site-search\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SearchRoute_WinsOverTheCatchAllContentPage()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(ReaderRequests.NoRedirects(_factory), "/suche");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Seite nicht gefunden", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/")]
    [InlineData("/dossiers/")]
    [InlineData("/dossiers/datenschutz/")]
    [InlineData("/angebote/workshops/")]
    [InlineData("/veranstaltungen/")]
    [InlineData("/veranstaltungen/workshop-datenschutz-im-sozialdienst/")]
    [InlineData("/suche")]
    [InlineData("/suche?q=Datenschutz")]
    public async Task Get_AnyPage_HasLabelledSearchFormInTheHeader(string path)
    {
        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        var header = page.Element("header", "class=\"site-header\"");
        Assert.NotNull(header);
        var form = new HtmlPage(header).Element("form", "role=\"search\"");
        Assert.NotNull(form);
        Assert.Contains("<form class=\"site-search\" action=\"/suche\" method=\"get\" role=\"search\">", header, StringComparison.Ordinal);
        Assert.Contains("<label for=\"kopf-suche\">Suche</label>", form, StringComparison.Ordinal);
        Assert.Contains("id=\"kopf-suche\" type=\"search\" name=\"q\"", form, StringComparison.Ordinal);
        Assert.Equal(1, page.Ids.Count(id => id == "kopf-suche"));
    }
}
