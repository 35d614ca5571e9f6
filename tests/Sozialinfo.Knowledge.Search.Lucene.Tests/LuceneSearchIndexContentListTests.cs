using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>
/// <see cref="ISearchIndex.List"/>, the Delivery API's query path, on a real index: paging far beyond Examine's
/// 10,000-hit default, exact totals, long value lists, Swiss German name order, case-insensitive tags and types.
/// (Every fetch/filter/sort token against this path is tested in Features.Tests through the query service.)
/// </summary>
public sealed class LuceneSearchIndexContentListTests : IDisposable
{
    private static readonly Guid Root = new("20000000-0000-0000-0000-000000000000");

    private readonly TempIndex _index = new("DeliveryApiContentIndex");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_MoreThanTenThousandMatches_CountsAllAndPagesToTheEnd()
    {
        const int count = 10_050;
        var items = await IndexChildrenAsync(count, i => $"Artikel {i:D5}");

        var deep = _index.Index.List(new ContentIndexListing { Skip = 10_000, Take = 100 });
        var onlyTotal = _index.Index.List(new ContentIndexListing { Take = 0 });

        Assert.Equal(count + 1, deep.Total);
        Assert.Equal(count + 1, onlyTotal.Total);
        Assert.Empty(onlyTotal.Keys);
        // Tree order: the root first, then its children by sort order, so position 10,000 is child 9,999.
        Assert.Equal(items.Skip(9_999).Take(51).Select(i => i.Key), deep.Keys);
    }

    [Fact]
    public async Task List_SkipFarBeyondTheEnd_ReturnsTheTotalWithoutKeys()
    {
        await IndexChildrenAsync(5, i => $"Artikel {i}");

        var page = _index.Index.List(new ContentIndexListing { Skip = int.MaxValue, Take = int.MaxValue });

        Assert.Equal(6, page.Total);
        Assert.Empty(page.Keys);
    }

    [Fact]
    public async Task List_ValueFilterWithThousandsOfValues_MatchesThoseItems()
    {
        var items = await IndexChildrenAsync(3_000, i => $"Artikel {i}");
        var wanted = items.Where((_, i) => i % 2 == 0).Select(i => i.Key.ToString("D")).ToList();

        var page = _index.Index.List(new ContentIndexListing
        {
            Filters = [new ContentIndexValueFilter(ContentIndexField.Key, wanted)],
            Take = 0,
        });

        Assert.Equal(1_500, page.Total);
    }

    [Fact]
    public async Task List_SortByName_FollowsSwissGermanOrderIgnoringCase()
    {
        string[] names = ["Zug", "Ärger", "arbeit", "Öffnung", "Ober", "Abend"];
        await IndexChildrenAsync(names.Length, i => names[i]);

        var page = _index.Index.List(new ContentIndexListing
        {
            Filters = [new ContentIndexValueFilter(ContentIndexField.Parent, [Root.ToString("D")])],
            Sorts = [new ContentIndexSort(ContentIndexField.Name)],
            Take = 10,
        });

        Assert.Equal(["Abend", "arbeit", "Ärger", "Ober", "Öffnung", "Zug"], Names(page));
    }

    [Fact]
    public async Task List_TagAndContentTypeFilters_IgnoreCase()
    {
        await IndexChildrenAsync(3, i => $"Artikel {i}", i => i == 1 ? ["Format:Leitfaden"] : ["format:artikel"]);

        var tagged = _index.Index.List(new ContentIndexListing { Filters = [new ContentIndexValueFilter(ContentIndexField.Tag, ["FORMAT:leitfaden"])] });
        var typed = _index.Index.List(new ContentIndexListing { Filters = [new ContentIndexValueFilter(ContentIndexField.ContentType, ["ARTICLE"])], Take = 0 });

        Assert.Equal(["Artikel 1"], Names(tagged));
        Assert.Equal(3, typed.Total);
    }

    [Fact]
    public async Task List_PhraseFilter_MatchesWholeWordsInOrderWithOrWithoutUmlauts()
    {
        string[] names = ["Müller über Öffnungszeiten", "Datenschutz im Team", "Team und Datenschutz"];
        await IndexChildrenAsync(names.Length, i => names[i]);

        Assert.Equal(["Müller über Öffnungszeiten"], Names(Phrase("mueller UBER")));
        Assert.Equal(["Müller über Öffnungszeiten"], Names(Phrase("oeffnungszeiten")));
        Assert.Equal(["Datenschutz im Team"], Names(Phrase("datenschutz im")));
        Assert.Empty(Names(Phrase("daten")));
        Assert.Empty(Names(Phrase("-- !!")));
    }

    [Fact]
    public async Task List_DateFilter_IsHalfOpen()
    {
        // The root and its one child, both updated at TestContent.Date.
        await IndexChildrenAsync(1, i => "Artikel");
        var updated = TestContent.Date;

        Assert.Equal(2, Count(new ContentIndexDateFilter(ContentIndexField.UpdateDate, updated, updated.AddTicks(1))));
        Assert.Equal(0, Count(new ContentIndexDateFilter(ContentIndexField.UpdateDate, null, updated)));
        Assert.Equal(2, Count(new ContentIndexDateFilter(ContentIndexField.UpdateDate, updated, null)));
        Assert.Equal(0, Count(new ContentIndexDateFilter(ContentIndexField.UpdateDate, updated.AddTicks(1), null)));
        Assert.Equal(2, Count(new ContentIndexDateFilter(ContentIndexField.UpdateDate, updated.AddDays(1), null, Negate: true)));
    }

    [Fact]
    public async Task List_AfterAnUpdate_ReportsANewIndexVersion()
    {
        var items = await IndexChildrenAsync(2, i => $"Artikel {i}");
        var before = _index.Index.List(new ContentIndexListing());

        await _index.Index.DeleteAsync([items[0].Key], Token);
        var after = _index.Index.List(new ContentIndexListing());

        Assert.NotEqual(before.IndexVersion, after.IndexVersion);
        Assert.Equal(before.Total - 1, after.Total);
    }

    public void Dispose() => _index.Dispose();

    private int Count(ContentIndexFilter filter) => _index.Index.List(new ContentIndexListing { Filters = [filter], Take = 0 }).Total;

    private ContentIndexPage Phrase(string text) =>
        _index.Index.List(new ContentIndexListing { Filters = [new ContentIndexPhraseFilter(ContentIndexField.Name, text)] });

    private string[] Names(ContentIndexPage page) => [.. page.Keys.Select(key => _names[key])];

    private readonly Dictionary<Guid, string> _names = [];

    /// <summary>A root with <paramref name="count"/> children (sort order = position), indexed with tree order keys.</summary>
    private async Task<IReadOnlyList<PublishedContent>> IndexChildrenAsync(int count, Func<int, string> name, Func<int, IReadOnlyList<string>>? tags = null)
    {
        var root = TestContent.Item(Root, "home", TestContent.Culture("Startseite"));
        var children = Enumerable.Range(0, count)
            .Select(i => new PublishedContent(
                new Guid(i + 1, 0, 0, new byte[8]), Root, "article", i, TestContent.Date, variesByCulture: true, isPublished: true,
                new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { ["de-CH"] = TestContent.Culture(name(i), tags: tags?.Invoke(i)) }))
            .ToList();
        var snapshot = new ContentSnapshot(1, [root, .. children], []);
        _names[Root] = "Startseite";
        children.ForEach(c => _names[c.Key] = c.GetCulture("de-CH")!.Name);
        var indexable = snapshot.All.Select(item =>
        {
            var path = snapshot.GetAncestors(item.Key).Reverse().Append(item).ToList();
            return new SearchIndexItem(item, DossierKey: null, [.. snapshot.GetAncestors(item.Key).Select(a => a.Key)], TreeOrderKey.For(path));
        });
        await _index.Index.RebuildAsync(indexable, Token);
        return children;
    }
}
