using System.Globalization;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>The article page: breadcrumbs, table of contents, meta line, tags and related articles.</summary>
public sealed class ArticlePageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    private const string ArticlePath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";

    [Fact]
    public async Task Get_Article_BreadcrumbsLeadFromStartPageThroughItsAncestors()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), ArticlePath);

        var breadcrumbs = page.Element("nav", "aria-label=\"Brotkrümelnavigation\"");
        Assert.NotNull(breadcrumbs);
        Assert.StartsWith("<ol>", breadcrumbs.Trim(), StringComparison.Ordinal);
        var links = HtmlPage.LinksIn(breadcrumbs);
        Assert.Equal(["/", "/dossiers/", "/dossiers/datenschutz/"], links.Select(l => l.Href));
        Assert.Equal(
            ["Startseite", ReaderRequests.German(snapshot, "/dossiers/").Name, ReaderRequests.German(snapshot, "/dossiers/datenschutz/").Name],
            links.Select(l => l.Text));
        Assert.Contains($"<li aria-current=\"page\">{ReaderRequests.German(snapshot, ArticlePath).Name}</li>", breadcrumbs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StartPage_HasNoBreadcrumbs()
    {
        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), "/");

        Assert.Null(page.Element("nav", "aria-label=\"Brotkrümelnavigation\""));
    }

    [Fact]
    public async Task Get_Article_TableOfContentsLinksToTheBodyHeadings()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var body = ReaderRequests.German(snapshot, ArticlePath).Value<RenderedMarkdown>("body");

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), ArticlePath);

        Assert.NotNull(body);
        var toc = page.Element("nav", "class=\"toc\"");
        Assert.NotNull(toc);
        var anchors = HtmlPage.LinksIn(toc).Select(l => l.Href).ToList();
        Assert.NotEmpty(anchors);
        Assert.Equal(body.TableOfContents.Select(e => "#" + e.Id), anchors);
        var prose = new HtmlPage(page.Element("div", "class=\"prose\"")!);
        var headingIds = prose.Headings.Where(h => h.Level is 2 or 3).Select(h => h.Id).ToList();
        Assert.All(anchors, anchor => Assert.Contains(anchor[1..], headingIds));
        Assert.All(prose.Headings.Where(h => h.Level == 2), h => Assert.Contains("#" + h.Id, anchors));
    }

    [Fact]
    public async Task Get_Article_ShowsAuthorUpdateDateInZurichAndReadingTime()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var article = ReaderRequests.German(snapshot, ArticlePath);
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var expectedDate = TimeZoneInfo.ConvertTime(article.UpdateDate, zurich).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, article.Value<RenderedMarkdown>("body")!.ReadingMinutes);

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), ArticlePath);

        var meta = HtmlPage.Text(page.Element("p", "class=\"meta\"")!);
        Assert.Contains($"Von {article.Text("author")}", meta, StringComparison.Ordinal);
        Assert.Contains($"Aktualisiert am {expectedDate}", meta, StringComparison.Ordinal);
        Assert.Matches(@"^\d\d\.\d\d\.\d{4}$", expectedDate);
        Assert.Contains($"{minutes} Min. Lesezeit", meta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Article_ListsItsTagsAsBadges()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var tags = ReaderRequests.German(snapshot, ArticlePath).Tags();

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), ArticlePath);

        var list = page.Element("ul", "class=\"tags\"");
        Assert.NotNull(list);
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Contains($"data-tag=\"{tag}\"", list, StringComparison.Ordinal));
        Assert.Contains("Thema: ndsg", HtmlPage.Text(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Article_RelatedArticlesShareMostTagsAndExcludeTheArticle()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var self = snapshot.GetByRoute(ArticlePath, Cultures.Default)!;
        var ownTags = ReaderRequests.German(self).Tags().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharedByPath = snapshot.All
            .Where(i => i.ContentType == "article" && i.Key != self.Key && i.GetCulture(Cultures.Default) is not null)
            .ToDictionary(i => ReaderRequests.German(i).Path, i => ReaderRequests.German(i).Tags().Count(ownTags.Contains));

        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), ArticlePath);

        var section = page.Element("section", "class=\"related\"");
        Assert.NotNull(section);
        var related = HtmlPage.LinksIn(section).Select(l => l.Href).ToList();
        Assert.InRange(related.Count, 1, 3);
        Assert.DoesNotContain(ArticlePath, related);
        Assert.Equal(related.Count, related.Distinct().Count());
        var counts = related.Select(path => sharedByPath[path]).ToList();
        Assert.All(counts, count => Assert.True(count > 0));
        Assert.Equal(counts.OrderDescending(), counts);
        var bestOthers = sharedByPath.Values.OrderDescending().Take(related.Count);
        Assert.Equal(bestOthers, counts);
    }
}
