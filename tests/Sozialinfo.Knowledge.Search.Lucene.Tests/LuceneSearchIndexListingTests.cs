using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>The query path of the Delivery API: listing by parent or ancestor, excluding types, sorting, deep paging.</summary>
public sealed class LuceneSearchIndexListingTests : IDisposable
{
    private static readonly Guid Home = Guid.NewGuid();
    private static readonly Guid Dossier = Guid.NewGuid();
    private static readonly Guid Zebra = Guid.NewGuid();
    private static readonly Guid Alpha = Guid.NewGuid();
    private static readonly Guid Event = Guid.NewGuid();

    private readonly TempIndex _temp = new();

    [Fact]
    public async Task Search_ParentFilter_ListsChildrenBySortOrder()
    {
        await SeedAsync();

        var children = _temp.Index.Search(new SearchQuery { ParentKeys = [Dossier], Sort = SearchSort.SortOrder });

        Assert.Equal([Zebra, Alpha], children.Hits.Select(h => h.Key));
        Assert.Equal(2, children.Total);
    }

    [Fact]
    public async Task Search_AncestorFilter_ListsDescendantsByNameDescending()
    {
        await SeedAsync();

        var descendants = _temp.Index.Search(new SearchQuery { AncestorKeys = [Home], Sort = SearchSort.Name, SortDescending = true });

        Assert.Equal([Zebra, Event, Dossier, Alpha], descendants.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Search_BlankTextMatchesAll_ExcludesTypesAndPagesWithoutCeiling()
    {
        await SeedAsync();

        var all = _temp.Index.Search(new SearchQuery { BlankTextMatchesAll = true, ExcludedContentTypes = ["event"], Sort = SearchSort.Level });
        var page = _temp.Index.Search(new SearchQuery { BlankTextMatchesAll = true, Sort = SearchSort.Name, Skip = 3, Take = 2 });
        var none = _temp.Index.Search(new SearchQuery());

        Assert.Equal(Home, all.Hits[0].Key);
        Assert.Equal(4, all.Total);
        Assert.DoesNotContain(all.Hits, h => h.Key == Event);
        Assert.Equal([Event, Zebra], page.Hits.Select(h => h.Key));
        Assert.Equal(5, page.Total);
        Assert.Equal(0, none.Total);
    }

    public void Dispose() => _temp.Dispose();

    private static PublishedContent Node(Guid key, Guid? parent, string type, string name, int sortOrder) =>
        new(key, parent, type, sortOrder, TestContent.Date, variesByCulture: true, isPublished: true,
            new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { ["de-CH"] = TestContent.Culture(name, "Ein Lead.") });

    private Task SeedAsync()
    {
        PublishedContent[] items =
        [
            Node(Home, null, "home", "Startseite", 0),
            Node(Dossier, Home, "dossier", "Datenschutz", 1),
            Node(Zebra, Dossier, "article", "Zebrastreifen", 0),
            Node(Alpha, Dossier, "article", "Anfang", 1),
            Node(Event, Home, "event", "Workshop", 2),
        ];
        var snapshot = new ContentSnapshot(1, items, []);
        var indexable = items.Select(i => new SearchIndexItem(i, null, [.. snapshot.GetAncestors(i.Key).Select(a => a.Key)]));
        return _temp.Index.RebuildAsync(indexable, TestContext.Current.CancellationToken);
    }
}
