using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using static Sozialinfo.Knowledge.Features.Tests.Search.SearchSnapshots;

namespace Sozialinfo.Knowledge.Features.Tests.Search;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Between_SameContentInNewObjects_IsEmpty()
    {
        var diff = SnapshotDiff.Between(Tree(1, Article(First, "Eins")), Tree(2, Article(First, "Eins")));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Between_FromEmpty_ListsEverything()
    {
        var diff = SnapshotDiff.Between(ContentSnapshot.Empty, Tree(1, Article(First, "Eins")));

        Assert.Equal([Home, Dossier, First], diff.Changed.Select(i => i.Key));
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Between_UpdatedRenamedAddedAndRemoved_ListsOnlyThose()
    {
        var third = Guid.NewGuid();
        var before = Tree(1, Article(First, "Eins"), Article(Second, "Zwei"));
        var after = Tree(2, Article(First, "Eins", Created.AddDays(1)), Article(third, "Drei"));

        var diff = SnapshotDiff.Between(before, after);

        Assert.Equal([First, third], diff.Changed.Select(i => i.Key).Order());
        Assert.Equal([Second], diff.Removed);
    }

    [Fact]
    public void Between_MovedParent_ListsTheChildWhoseRouteChanged()
    {
        var other = Guid.NewGuid();
        var before = new ContentSnapshot(1, [Item(Home, null, "home", "Start"), Item(Dossier, Home, "dossier", "Datenschutz"),
            Item(other, Home, "dossier", "Anderes"), Article(First, "Eins")], []);
        var after = new ContentSnapshot(2, [Item(Home, null, "home", "Start"), Item(Dossier, other, "dossier", "Datenschutz"),
            Item(other, Home, "dossier", "Anderes"), Article(First, "Eins")], []);

        var diff = SnapshotDiff.Between(before, after);

        Assert.Equal([Dossier, First], diff.Changed.Select(i => i.Key));
        Assert.Equal("/anderes/datenschutz/eins/", diff.Changed[1].GetCulture("de-CH")!.Path);
    }

    [Fact]
    public void Between_CultureAdded_ListsTheItem()
    {
        var diff = SnapshotDiff.Between(Tree(1, Article(First, "Eins")), Tree(2, Article(First, "Eins", null, null, "de-CH", "fr-CH")));

        Assert.Equal([First], diff.Changed.Select(i => i.Key));
    }

    [Fact]
    public void Between_NewSortOrder_ListsTheItemAndItsDescendantsWhoseTreeOrderChanged()
    {
        var other = Guid.NewGuid();
        var before = new ContentSnapshot(1, [Item(Home, null, "home", "Start"), Item(Dossier, Home, "dossier", "Datenschutz", sortOrder: 0),
            Item(other, Home, "dossier", "Anderes", sortOrder: 1), Article(First, "Eins")], []);
        var after = new ContentSnapshot(2, [Item(Home, null, "home", "Start"), Item(Dossier, Home, "dossier", "Datenschutz", sortOrder: 2),
            Item(other, Home, "dossier", "Anderes", sortOrder: 1), Article(First, "Eins")], []);

        var diff = SnapshotDiff.Between(before, after);

        Assert.Equal([Dossier, First], diff.Changed.Select(i => i.Key));
        Assert.Empty(diff.Removed);
    }
}
