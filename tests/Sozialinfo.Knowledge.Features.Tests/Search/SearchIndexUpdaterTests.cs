using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using static Sozialinfo.Knowledge.Features.Tests.Search.SearchSnapshots;

namespace Sozialinfo.Knowledge.Features.Tests.Search;

/// <summary>The listener that keeps the three indexes in step with the snapshots, against mocked index ports.</summary>
public sealed class SearchIndexUpdaterTests
{
    private readonly Mock<ISearchIndex> _external = Index(SearchIndexNames.ExternalIndex);
    private readonly Mock<ISearchIndex> _delivery = Index(SearchIndexNames.DeliveryApiContentIndex);
    private readonly Mock<ISearchIndex> _internal = Index(SearchIndexNames.InternalIndex);
    private readonly SearchIndexUpdater _updater;
    private readonly List<(string Index, string Call, IReadOnlyList<SearchIndexItem> Items, IReadOnlyList<Guid> Keys)> _calls = [];

    public SearchIndexUpdaterTests()
    {
        _updater = new SearchIndexUpdater(_external.Object, _delivery.Object, _internal.Object, NullLogger<SearchIndexUpdater>.Instance);
        foreach (var index in new[] { _external, _delivery, _internal })
        {
            var name = index.Object.Name;
            index.Setup(i => i.RebuildAsync(It.IsAny<IEnumerable<SearchIndexItem>>(), It.IsAny<CancellationToken>()))
                .Callback((IEnumerable<SearchIndexItem> items, CancellationToken _) => _calls.Add((name, "rebuild", [.. items], [])))
                .Returns(Task.CompletedTask);
            index.Setup(i => i.IndexAsync(It.IsAny<IEnumerable<SearchIndexItem>>(), It.IsAny<CancellationToken>()))
                .Callback((IEnumerable<SearchIndexItem> items, CancellationToken _) => _calls.Add((name, "index", [.. items], [])))
                .Returns(Task.CompletedTask);
            index.Setup(i => i.DeleteAsync(It.IsAny<IEnumerable<Guid>>(), It.IsAny<CancellationToken>()))
                .Callback((IEnumerable<Guid> keys, CancellationToken _) => _calls.Add((name, "delete", [], [.. keys])))
                .Returns(Task.CompletedTask);
        }
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstSwap_IndexNeedsRebuild_RebuildsWithDossierAndAncestors()
    {
        Status(_external, IndexHealth.RebuildRequired, 0);
        Status(_delivery, IndexHealth.Healthy, 3);
        Status(_internal, IndexHealth.Healthy, 3);
        var published = Tree(1, Article(First, "Eins"));

        await SwapAsync(ContentSnapshot.Empty, published);

        var call = Assert.Single(_calls);
        Assert.Equal((SearchIndexNames.ExternalIndex, "rebuild"), (call.Index, call.Call));
        var article = Assert.Single(call.Items, i => i.Content.Key == First);
        Assert.Equal(Dossier, article.DossierKey);
        Assert.Equal([Dossier, Home], article.AncestorKeys);
        Assert.Equal(Dossier, Assert.Single(call.Items, i => i.Content.Key == Dossier).DossierKey);
        Assert.Null(Assert.Single(call.Items, i => i.Content.Key == Home).DossierKey);
    }

    [Fact]
    public async Task FirstSwap_DocumentCountDiffers_Rebuilds()
    {
        Status(_external, IndexHealth.Healthy, 3);
        Status(_delivery, IndexHealth.Healthy, 2);
        Status(_internal, IndexHealth.Healthy, 3);

        await SwapAsync(ContentSnapshot.Empty, Tree(1, Article(First, "Eins")));

        Assert.Equal([(SearchIndexNames.DeliveryApiContentIndex, "rebuild")], _calls.Select(c => (c.Index, c.Call)));
    }

    [Fact]
    public async Task LaterSwap_IndexesChangedAndDeletesRemovedItemsOnly()
    {
        AllHealthy(4);
        var before = Tree(1, Article(First, "Eins"), Article(Second, "Zwei"));
        await SwapAsync(ContentSnapshot.Empty, before);
        _calls.Clear();

        await SwapAsync(before, Tree(2, Article(First, "Eins (neu)", Created.AddDays(1))));

        Assert.Equal(6, _calls.Count);
        Assert.All(_calls.Where(c => c.Call == "delete"), c => Assert.Equal([Second], c.Keys));
        Assert.All(_calls.Where(c => c.Call == "index"), c => Assert.Equal([First], c.Items.Select(i => i.Content.Key)));
        Assert.Equal(3, _calls.Select(c => c.Index).Distinct().Count());
    }

    [Fact]
    public async Task LaterSwap_AfterAFailedUpdate_RebuildsThatIndex()
    {
        AllHealthy(3);
        var first = Tree(1, Article(First, "Eins"));
        await SwapAsync(ContentSnapshot.Empty, first);
        _external.Setup(i => i.IndexAsync(It.IsAny<IEnumerable<SearchIndexItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("Datenträger voll"));
        var second = Tree(2, Article(First, "Eins", Created.AddDays(1)));
        await SwapAsync(first, second);
        _calls.Clear();

        await SwapAsync(second, Tree(3, Article(First, "Eins", Created.AddDays(1))));

        Assert.Equal([(SearchIndexNames.ExternalIndex, "rebuild")], _calls.Select(c => (c.Index, c.Call)));
    }

    [Fact]
    public async Task RebuildWithNextSnapshot_RebuildsEveryIndexEvenWhenCurrent()
    {
        AllHealthy(3);
        var snapshot = Tree(1, Article(First, "Eins"));
        await SwapAsync(ContentSnapshot.Empty, snapshot);
        _calls.Clear();

        _updater.RebuildWithNextSnapshot("test");
        await SwapAsync(snapshot, Tree(2, Article(First, "Eins")));

        Assert.Equal(3, _calls.Count(c => c.Call == "rebuild"));
        Assert.Equal(3, _calls.Count);
    }

    private static Mock<ISearchIndex> Index(string name)
    {
        var index = new Mock<ISearchIndex>(MockBehavior.Strict);
        index.Setup(i => i.Name).Returns(name);
        return index;
    }

    private static void Status(Mock<ISearchIndex> index, IndexHealth health, int documents) =>
        index.Setup(i => i.GetStatus()).Returns(new IndexStatus(index.Object.Name, documents, Created.AddYears(1), health, 1, null));

    private void AllHealthy(int documents)
    {
        foreach (var index in new[] { _external, _delivery, _internal })
        {
            Status(index, IndexHealth.Healthy, documents);
        }
    }

    private Task SwapAsync(ContentSnapshot before, ContentSnapshot after) =>
        _updater.SnapshotBuiltAsync(new ContentSnapshotChange(before, before, after, after), Token);
}
