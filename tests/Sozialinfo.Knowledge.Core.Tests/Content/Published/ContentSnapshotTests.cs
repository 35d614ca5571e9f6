using Sozialinfo.Knowledge.Core.Content.Published;
using static Sozialinfo.Knowledge.Core.Tests.Content.Published.SnapshotItems;

namespace Sozialinfo.Knowledge.Core.Tests.Content.Published;

public sealed class ContentSnapshotTests
{
    // Tree: home(1) → dossiers(2) → datenschutz(3) → artikel(4); angebote(5) under home; second root archiv(6).
    private static readonly ContentSnapshot Snapshot = new(
        7,
        [
            Item(Key(4), Key(3), 1, ("de-CH", "artikel"), ("fr-CH", "article")),
            Item(Key(6), null, 1, ("de-CH", "archiv")),
            Item(Key(3), Key(2), 1, ("de-CH", "datenschutz"), ("fr-CH", "protection-des-donnees")),
            Item(Key(5), Key(1), 2, ("de-CH", "angebote")),
            Item(Key(2), Key(1), 1, ("de-CH", "dossiers")),
            Item(Key(1), null, 0, ("de-CH", "home"), ("fr-CH", "accueil")),
        ],
        [new RouteRedirect("de-CH", "/dossiers/alt/", Key(3))]);

    [Theory]
    [InlineData("/", "de-CH", 1)]
    [InlineData("/", "fr-CH", 1)]
    [InlineData("/archiv/", "de-CH", 6)]
    [InlineData("/dossiers/", "de-CH", 2)]
    [InlineData("/dossiers/datenschutz/artikel/", "de-CH", 4)]
    [InlineData("/angebote/", "de-CH", 5)]
    public void GetByRoute_Path_FindsItem(string path, string culture, int expected) =>
        Assert.Equal(Key(expected), Snapshot.GetByRoute(path, culture)?.Key);

    [Fact]
    public void GetByRoute_TranslationBelowUntranslatedParent_UsesParentsDefaultPath()
    {
        Assert.Equal("/dossiers/protection-des-donnees/", Snapshot.GetByKey(Key(3))!.GetCulture("fr-CH")!.Path);
        Assert.Equal(Key(4), Snapshot.GetByRoute("/dossiers/protection-des-donnees/article/", "fr-CH")?.Key);
    }

    [Theory]
    [InlineData("dossiers/datenschutz")]
    [InlineData("/Dossiers/Datenschutz/")]
    [InlineData("  /dossiers/datenschutz  ")]
    public void GetByRoute_UnnormalisedPath_Normalised(string path) =>
        Assert.Equal(Key(3), Snapshot.GetByRoute(path, "DE-ch")?.Key);

    [Fact]
    public void GetByRoute_UnknownPathOrCulture_Null()
    {
        Assert.Null(Snapshot.GetByRoute("/dossiers/unbekannt/", "de-CH"));
        Assert.Null(Snapshot.GetByRoute("/archiv/", "fr-CH"));
        Assert.Null(Snapshot.GetByRoute("/home/", "de-CH"));
    }

    [Fact]
    public void Roots_TwoRoots_OrderedBySortOrder()
    {
        Assert.Equal([Key(1), Key(6)], Snapshot.Roots.Select(r => r.Key));
        Assert.Equal("/archiv/", Snapshot.GetByKey(Key(6))!.GetCulture("de-CH")!.Path);
    }

    [Fact]
    public void GetChildren_Siblings_OrderedBySortOrderThenCreateDate()
    {
        var early = Item(Key(11), Key(1), 0, Created, ("de-CH", "b"));
        var late = Item(Key(12), Key(1), 0, Created.AddHours(1), ("de-CH", "a"));
        var snapshot = new ContentSnapshot(1, [Item(Key(1), null, 0, ("de-CH", "home")), late, Item(Key(13), Key(1), -1, ("de-CH", "c")), early], []);

        Assert.Equal([Key(13), Key(11), Key(12)], snapshot.GetChildren(Key(1)).Select(c => c.Key));
        Assert.Empty(snapshot.GetChildren(Key(13)));
        Assert.Empty(snapshot.GetChildren(Key(99)));
    }

    [Fact]
    public void GetAncestors_Article_FromParentToRoot()
    {
        Assert.Equal([Key(3), Key(2), Key(1)], Snapshot.GetAncestors(Key(4)).Select(a => a.Key));
        Assert.Empty(Snapshot.GetAncestors(Key(1)));
        Assert.Equal(Key(1), Snapshot.GetRoot(Snapshot.GetByKey(Key(4))!)?.Key);
    }

    [Fact]
    public void GetDescendantsAndAll_TreeOrder_DepthFirstBySortOrder()
    {
        Assert.Equal([Key(2), Key(3), Key(4), Key(5)], Snapshot.GetDescendants(Key(1)).Select(d => d.Key));
        Assert.Equal([Key(1), Key(2), Key(3), Key(4), Key(5), Key(6)], Snapshot.All.Select(i => i.Key));
    }

    [Fact]
    public void Level_AssignedFromDepth()
    {
        Assert.Equal([1, 2, 3, 4, 2, 1], Snapshot.All.Select(i => i.Level));
    }

    [Fact]
    public void ItemWithMissingParent_NotInTreeOrRoutes()
    {
        var orphan = Item(Key(20), Key(99), 0, ("de-CH", "waise"));
        var snapshot = new ContentSnapshot(1, [Item(Key(1), null, 0, ("de-CH", "home")), orphan], []);

        Assert.DoesNotContain(snapshot.All, i => i.Key == Key(20));
        Assert.Null(snapshot.GetByRoute("/waise/", "de-CH"));
    }

    [Fact]
    public void GetRedirectTarget_OldPath_GivesMovedItem()
    {
        Assert.Equal(Key(3), Snapshot.GetRedirectTarget("/Dossiers/Alt", "de-CH")?.Key);
        Assert.Null(Snapshot.GetRedirectTarget("/dossiers/alt/", "fr-CH"));
        Assert.Null(Snapshot.GetRedirectTarget("/dossiers/datenschutz/", "de-CH"));
    }

    [Fact]
    public void VersionAndLastModified_FromConstructorAndLatestUpdate()
    {
        Assert.Equal(7, Snapshot.Version);
        Assert.Equal(Created.AddDays(2), Snapshot.LastModified);
        Assert.Equal(DateTimeOffset.UnixEpoch, ContentSnapshot.Empty.LastModified);
    }

    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("a", "/a/")]
    [InlineData("/A/B", "/a/b/")]
    public void NormalizePath_Input_LeadingAndTrailingSlashLowerCase(string path, string expected) =>
        Assert.Equal(expected, ContentSnapshot.NormalizePath(path));
}
