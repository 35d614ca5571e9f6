using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// "Weitere Artikel" on an article page come from the search index (shared tags first, then similar text) and follow
/// every publish: a new article with the same tags shows up, one whose tags changed or that was unpublished leaves.
/// </summary>
public sealed class RelatedArticlesTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private const string ArticlePath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";
    private static readonly Guid RevDsg = Guid.Parse("fe1163e1-7a56-43c4-a752-87af22e6fed6");

    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_RevDsgArticle_ListsUpToThreeOtherArticlesThatShareItsTags()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var ownTags = ReaderRequests.German(snapshot.GetByKey(RevDsg)!).Tags().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var related = await RelatedPathsAsync();

        Assert.Equal(3, related.Count);
        Assert.DoesNotContain(ArticlePath, related);
        Assert.Equal(related.Count, related.Distinct().Count());
        Assert.All(related, path =>
        {
            var item = snapshot.GetByRoute(path, Cultures.Default);
            Assert.NotNull(item);
            Assert.Equal("article", item.ContentType);
            Assert.Contains(ReaderRequests.German(item).Tags(), ownTags.Contains);
        });
    }

    [Fact]
    public async Task Get_RevDsgArticle_ShowsTheIndexsRelatedArticlesInItsOrder()
    {
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var index = _factory.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.ExternalIndex);
        var expected = index.Related(RevDsg, new SearchQuery { ContentTypes = ["article"], Take = 3, Highlight = false }).Hits
            .Select(hit => ReaderRequests.German(snapshot.GetByKey(hit.Key)!).Path)
            .ToList();

        var related = await RelatedPathsAsync();

        Assert.Equal(expected, related);
    }

    [Fact]
    public async Task Publish_ArticleWithTheSameTags_LeadsTheListUntilItsTagsChangeOrItIsUnpublished()
    {
        using var editor = _factory.CreateClient();
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var tags = ReaderRequests.German(snapshot.GetByKey(RevDsg)!).Tags();
        var key = Guid.NewGuid();
        const string path = "/dossiers/datenschutz/revdsg-kurz-erklaert/";
        Assert.DoesNotContain(path, await RelatedPathsAsync());

        await PublishAsync(editor, key, ArticleWithTags("Das revidierte Datenschutzgesetz kurz erklärt", tags));
        Assert.Equal(path, (await RelatedPathsAsync())[0]);

        await PublishAsync(editor, key, ArticleWithTags("Ein Rezept für Apfelkuchen", ["thema:backen"]));
        await AssertRelatedWithoutAsync(path, tags);

        await PublishAsync(editor, key, ArticleWithTags("Das revidierte Datenschutzgesetz kurz erklärt", tags));
        Assert.Equal(path, (await RelatedPathsAsync())[0]);

        using (var unpublished = await editor.PostAsync($"/api/content/{key}/unpublish"))
        {
            Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        }

        await AssertRelatedWithoutAsync(path, tags);
    }

    [Fact]
    public async Task Get_ArticleWithoutTags_ListsArticlesWithSimilarTitleAndLead()
    {
        using var editor = _factory.CreateClient();
        var key = Guid.NewGuid();
        var article = EditorApi.Article(
            "Das revidierte Datenschutzgesetz in der Sozialen Arbeit: Kurzfassung",
            "revdsg-kurzfassung",
            "Die wichtigsten Pflichten aus dem revidierten Datenschutzgesetz für Sozialdienste und Beratungsstellen auf einer Seite.");
        ((Dictionary<string, object?>)article["properties"]!)["tags"] = Array.Empty<string>();
        await PublishAsync(editor, key, article);

        var related = await RelatedPathsAsync("/dossiers/datenschutz/revdsg-kurzfassung/");

        Assert.Contains(ArticlePath, related);
        Assert.DoesNotContain("/dossiers/datenschutz/revdsg-kurzfassung/", related);
        (await editor.PostAsync($"/api/content/{key}/unpublish")).Dispose();
    }

    [Fact]
    public async Task Related_AreReadFromTheSearchIndex()
    {
        using var editor = _factory.CreateClient();
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        var tags = ReaderRequests.German(snapshot.GetByKey(RevDsg)!).Tags();
        var twin = Guid.NewGuid();
        await PublishAsync(editor, twin, ArticleWithTags("Das revidierte Datenschutzgesetz kurz erklärt", tags, "revdsg-zwilling"));
        Assert.Equal("/dossiers/datenschutz/revdsg-zwilling/", (await RelatedPathsAsync())[0]);

        // Taken out of the reader index only; the next publish re-indexes what changed, not the twin.
        await _factory.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.ExternalIndex).DeleteAsync([twin], TestContext.Current.CancellationToken);
        await PublishAsync(editor, Guid.NewGuid(), ArticleWithTags("Ein Rezept für Apfelkuchen", ["thema:backen"], "apfelkuchen"));
        var related = await RelatedPathsAsync();

        Assert.NotNull((await ReaderRequests.PublishedAsync(_factory)).GetByKey(twin));
        Assert.DoesNotContain("/dossiers/datenschutz/revdsg-zwilling/", related);
        (await editor.PostAsync($"/api/content/{twin}/unpublish")).Dispose();
    }

    private async Task AssertRelatedWithoutAsync(string path, IReadOnlyList<string> tags)
    {
        var related = await RelatedPathsAsync();
        var snapshot = await ReaderRequests.PublishedAsync(_factory);
        Assert.Equal(3, related.Count);
        Assert.DoesNotContain(path, related);
        Assert.All(related, p => Assert.Contains(ReaderRequests.German(snapshot, p).Tags(), tags.Contains));
    }

    private static Dictionary<string, object?> ArticleWithTags(string name, IReadOnlyList<string> tags, string segment = "revdsg-kurz-erklaert")
    {
        var article = EditorApi.Article(name, segment);
        ((Dictionary<string, object?>)article["properties"]!)["tags"] = tags;
        return article;
    }

    private static async Task PublishAsync(HttpClient editor, Guid key, Dictionary<string, object?> article)
    {
        using (var saved = await editor.PutAsync(key, article))
        {
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        using var published = await editor.PostAsync($"/api/content/{key}/publish");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private async Task<IReadOnlyList<string>> RelatedPathsAsync(string path = ArticlePath)
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = page.Element("section", "class=\"related\"");
        Assert.NotNull(section);
        return [.. HtmlPage.LinksIn(section).Select(link => link.Href)];
    }
}
