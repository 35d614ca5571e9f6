using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Unknown, malformed and hostile paths get the German 404 page; API paths keep their own answers.</summary>
public sealed class NotFoundPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Theory]
    [InlineData("/gibt-es-nicht/")]
    [InlineData("/dossiers/gibt-es-nicht/")]
    [InlineData("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/weiter/")]
    [InlineData("/wp-login.php")]
    [InlineData("/dossiers/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/dossiers/..%2F..%2Fappsettings.json")]
    [InlineData("/dossiers/%20/")]
    [InlineData("/dossiers%2Fdatenschutz/")]
    [InlineData("/dossiers/datenschutz/%E2%80%AE/")]
    [InlineData("/dossiers/datenschutz%3Cscript%3E/")]
    [InlineData("/%C3%A4rger/")]
    [InlineData("/dossiers//datenschutz/")]
    public async Task Get_UnknownOrMalformedPath_AnswersGerman404Page(string path)
    {
        var (response, page) = await ReaderRequests.GetPageAsync(ReaderRequests.NoRedirects(_factory), path);

        AssertGermanNotFound((int)response.StatusCode, page);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/dossiers/../../appsettings.json")]
    [InlineData("/..\\..\\windows\\win.ini")]
    [InlineData("/dossiers/datenschutz/./")]
    [InlineData("/dossiers/\0/")]
    [InlineData("/dossiers/%2e%2e/")]
    public async Task Get_TraversalPathSentVerbatim_AnswersGerman404Page(string rawPath)
    {
        var (status, page) = await ReaderRequests.GetRawPathAsync(_factory, rawPath);

        AssertGermanNotFound(status, page);
    }

    [Fact]
    public async Task Get_VeryLongPath_AnswersGerman404Page()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/" + string.Concat(Enumerable.Repeat("abcdefghij/", 200)));

        AssertGermanNotFound((int)response.StatusCode, page);
    }

    [Fact]
    public async Task Get_UnknownApiPath_IsNotAnsweredWithTheReaderPage()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/umbraco/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Seite nicht gefunden", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OpenApiDocument_StillServedNextToTheCatchAllPage()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/umbraco/openapi/delivery.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{", page.Html.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StyleSheet_IsServedAsStaticAsset()
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":focus-visible", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StyleSheetWithGzip_AnswersCompressedStyleSheet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/css/site.css", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await _factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new System.IO.Compression.GZipStream(
            await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Contains(":focus-visible", await reader.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Page_LinksTheStyleSheetThatIsServed()
    {
        var client = _factory.CreateClient();
        var (_, page) = await ReaderRequests.GetPageAsync(client, "/");
        var href = System.Text.RegularExpressions.Regex.Match(page.Html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.GetAsync(new Uri(System.Net.WebUtility.HtmlDecode(href), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.StartsWith("/css/site", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void AssertGermanNotFound(int status, HtmlPage page)
    {
        Assert.Equal(404, status);
        Assert.Contains("<html lang=\"de-CH\">", page.Html, StringComparison.Ordinal);
        var h1 = Assert.Single(page.Headings, h => h.Level == 1);
        Assert.Equal("Seite nicht gefunden", h1.Text);
        var main = page.Element("main")!;
        Assert.Contains(HtmlPage.LinksIn(main), l => l.Href == "/" && l.Text == "Startseite");
        Assert.Contains(HtmlPage.LinksIn(main), l => l.Href == "/dossiers/");
        Assert.Contains("action=\"/suche\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"post\"", page.Html, StringComparison.OrdinalIgnoreCase);
    }
}
