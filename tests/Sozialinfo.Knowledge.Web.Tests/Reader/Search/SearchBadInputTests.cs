using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Reader.Search;

/// <summary>Hostile or odd query strings never give a 500: the page answers in German, clamping what it can.</summary>
public sealed class SearchBadInputTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    public static TheoryData<string, string> BadQueries => new()
    {
        { "q=" + new string('a', 10_000), "Die Suchanfrage darf höchstens 200 Zeichen lang sein." },
        { "q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("Datenschutz ", 900))), "Die Suchanfrage darf höchstens 200 Zeichen lang sein." },
        { "q=*", "Bitte geben Sie mindestens ein Wort ein" },
        { "q=%3F%2A%22%22", "Bitte geben Sie mindestens ein Wort ein" },
        { "q=Daten%00schutz%01%1B%7F", "Treffer für «Daten schutz»" },
        { "q=Datenschutz&seite=-1", "Die angegebene Seitenzahl ist ungültig" },
        { "q=Datenschutz&seite=abc", "Die angegebene Seitenzahl ist ungültig" },
        { "q=Datenschutz&seite=2147483648", "Die angegebene Seitenzahl ist ungültig" },
        { "q=Datenschutz&seite=1000000", "Es können höchstens 100 Seiten angezeigt werden" },
        { "q=Datenschutz&seite=999", "Treffer für «Datenschutz»" },
        { "q=%22Datenschutz", "Treffer für «&quot;Datenschutz»" },
        { "q=AND%20OR%20NOT%20(%20%5B%20%5C%20~%20%5E2%20title%3A", "Treffer für «AND OR NOT ( [ \\ ~ ^2 title:»" },
        { "q=Daten&typ=%3Cscript%3E&dossier=kein-guid&thema=a%3Ab&dimension=%E2%80%AE", "Treffer für «Daten»" },
        { "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "«&lt;script&gt;alert(1)&lt;/script&gt;»" },
        { "q=Daten&q=Schutz", "Treffer für «Daten Schutz»" },
        { "q=%F0%9F%98%80%20Datenschutz", "Treffer für" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Get_BadInput_AnswersGermanPageNever500(string queryString, string expectedGerman)
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?" + queryString);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Status {(int)response.StatusCode}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedGerman, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Suche", Assert.Single(page.Headings, h => h.Level == 1).Text);
    }

    [Fact]
    public async Task Get_PageBeyondTheLast_ShowsTheLastPage()
    {
        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/suche?q=Datenschutz&seite=99");

        var paging = page.Element("nav", "class=\"search-paging\"");
        Assert.NotNull(paging);
        Assert.DoesNotContain(HtmlPage.LinksIn(paging), l => l.Text == "Weiter");
        Assert.Contains(HtmlPage.LinksIn(paging), l => l.Text == "Zurück");
        Assert.Contains("<li class=\"search-hit\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SearchPage_IsRefusedWithoutServerError()
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", "Datenschutz")]);

        using var response = await _factory.CreateClient().PostAsync(new Uri("/suche", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
