using System.Net;
using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Every page type renders from the published seed content with an accessible, well-structured document.</summary>
public sealed class ReaderPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    public static TheoryData<string, string> Pages => new()
    {
        { "/", "home" },
        { "/dossiers/", "dossierList" },
        { "/dossiers/datenschutz/", "dossier" },
        { "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/", "article" },
        { "/angebote/", "servicePage" },
        { "/angebote/workshops/", "servicePage" },
        { "/veranstaltungen/", "eventList" },
        { "/veranstaltungen/workshop-datenschutz-im-sozialdienst/", "event" },
        { "/impressum/", "textPage" },
        { "/datenschutz/", "textPage" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_ContentRoute_RendersTheItemNameAsTheOnlyH1(string path, string contentType)
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var item = snapshot.GetByRoute(path, Cultures.Default);

        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        Assert.NotNull(item);
        Assert.Equal(contentType, item.ContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var h1 = Assert.Single(page.Headings, h => h.Level == 1);
        Assert.Equal(ReaderRequests.German(item).Name, h1.Text);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_ContentRoute_HasLandmarksSkipLinkAndGermanLanguage(string path, string contentType)
    {
        _ = contentType;

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        Assert.Contains("<html lang=\"de-CH\">", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, page.Count("header"));
        Assert.NotNull(page.Element("header", "class=\"site-header\""));
        Assert.NotNull(page.Element("nav", "aria-label=\"Hauptnavigation\""));
        Assert.Equal(1, page.Count("main"));
        Assert.Contains("<main id=\"inhalt\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, page.Count("footer"));
        var body = page.Element("body");
        Assert.NotNull(body);
        var firstLink = HtmlPage.LinksIn(body)[0];
        Assert.Equal("#inhalt", firstLink.Href);
        Assert.Equal("Zum Inhalt springen", firstLink.Text);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_ContentRoute_HeadingsStartAtH1AndSkipNoLevel(string path, string contentType)
    {
        _ = contentType;

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        var levels = page.Headings.Select(h => h.Level).ToList();
        Assert.NotEmpty(levels);
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]} ('{page.Headings[i].Text}')");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_ContentRoute_HasUniqueIdsNoInlineScriptOrStyleAndAStrictPolicy(string path, string contentType)
    {
        _ = contentType;

        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        Assert.Equal(page.Ids.Count, page.Ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", page.Html, StringComparison.OrdinalIgnoreCase);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_ContentRoute_MarksItsNavigationSection(string path, string contentType)
    {
        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        var navigation = HtmlPage.LinksIn(page.Element("nav", "aria-label=\"Hauptnavigation\"")!);
        Assert.Equal(["Dossiers", "Angebote", "Veranstaltungen"], navigation.Select(l => l.Text));
        var active = navigation.Where(l => l.Markup.Contains("is-active", StringComparison.Ordinal)).Select(l => l.Href).ToList();
        if (path == "/" || contentType == "textPage")
        {
            // The start page and the pages linked from the footer belong to no section of the main navigation.
            Assert.Empty(active);
        }
        else
        {
            Assert.Equal("/" + path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0] + "/", Assert.Single(active));
        }
    }
}
