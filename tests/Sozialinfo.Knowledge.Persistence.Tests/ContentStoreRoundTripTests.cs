using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests;

/// <summary>What is written comes back, on each provider: values, timestamps, ordering, tree queries.</summary>
public abstract class ContentStoreRoundTripTests(ITestDatabase database)
{
    [Fact]
    public async Task SaveChanges_NodeWithVariantsVersionsAndRedirect_ReadsBackEqual()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var node = TestContent.Node(cultures: ["de-CH", "fr-CH"]);
        var published = node.Variants[0];
        published.PublishedName = "Sozialhilfe in der Schweiz";
        published.PublishedUrlSegment = "sozialhilfe-in-der-schweiz";
        published.PublishedPropertiesJson = """{"title":"Veröffentlicht","tags":["armut"]}""";
        published.PublishDate = TestContent.LocalTime.AddDays(1);
        await using (var write = database.CreateContext())
        {
            write.ContentNodes.Add(node);
            write.ContentVersions.Add(TestContent.Version(node.Key, "de-CH", 1, TestContent.LocalTime));
            write.RedirectUrls.Add(TestContent.Redirect(node.Key, "de-CH", "/alt/sozialhilfe/"));
            await write.SaveChangesAsync(cancellationToken);
        }

        await using var read = database.CreateContext();
        var stored = await read.ContentNodes.Include(n => n.Variants)
            .SingleAsync(n => n.Key == node.Key, cancellationToken);
        Assert.Equal("article", stored.ContentTypeAlias);
        Assert.Equal(StorageTime.Normalize(node.CreateDate), stored.CreateDate);
        Assert.Equal(TimeSpan.Zero, stored.CreateDate.Offset);
        Assert.Equal(StorageTime.Normalize(node.UpdateDate), stored.UpdateDate);
        var storedDe = Assert.Single(stored.Variants, v => v.Culture == "de-CH");
        var storedFr = Assert.Single(stored.Variants, v => v.Culture == "fr-CH");
        Assert.True(storedDe.IsPublished);
        Assert.False(storedFr.IsPublished);
        Assert.Equal(published.PublishedPropertiesJson, storedDe.PublishedPropertiesJson);
        Assert.Equal(published.PropertiesJson, storedDe.PropertiesJson);
        Assert.Equal("Sozialhilfe in der Schweiz", storedDe.PublishedName);
        Assert.Equal(StorageTime.Normalize(published.PublishDate.Value), storedDe.PublishDate);
        Assert.Null(storedFr.PublishDate);
        var version = await read.ContentVersions.SingleAsync(v => v.NodeKey == node.Key, cancellationToken);
        Assert.Equal(("Version 1", 1, false), (version.Name, version.VersionNumber, version.IsPublishedVersion));
        var redirect = await read.RedirectUrls.SingleAsync(r => r.NodeKey == node.Key, cancellationToken);
        Assert.Equal(("de-CH", "/alt/sozialhilfe/"), (redirect.Culture, redirect.Path));
    }

    [Fact]
    public async Task SaveChanges_SubMicrosecondLocalTime_StoresUtcToTheMicrosecond()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var node = TestContent.Node();
        node.CreateDate = new DateTimeOffset(2026, 7, 1, 23, 59, 59, TimeSpan.FromHours(2)).AddTicks(9_999_999);
        await using (var write = database.CreateContext())
        {
            write.ContentNodes.Add(node);
            await write.SaveChangesAsync(cancellationToken);
        }

        await using var read = database.CreateContext();
        var stored = await read.ContentNodes.SingleAsync(n => n.Key == node.Key, cancellationToken);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.Zero).AddTicks(-10), stored.CreateDate);
        Assert.Equal(TimeSpan.Zero, stored.CreateDate.Offset);
    }

    [Fact]
    public async Task Query_OrderAndCompareByTimestamp_FollowsTheInstantNotTheText()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var node = TestContent.Node();
        var noonUtc = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        // Written as text, "13:30+02:00" (11:30 UTC) sorts after "12:00+00:00"; as instants it comes first.
        var times = new[] { noonUtc.AddTicks(10), new DateTimeOffset(2026, 5, 1, 13, 30, 0, TimeSpan.FromHours(2)), noonUtc };
        await using (var write = database.CreateContext())
        {
            write.ContentNodes.Add(node);
            write.ContentVersions.AddRange(times.Select((time, i) => TestContent.Version(node.Key, "de-CH", i + 1, time)));
            await write.SaveChangesAsync(cancellationToken);
        }

        await using var read = database.CreateContext();
        var ordered = await read.ContentVersions.Where(v => v.NodeKey == node.Key)
            .OrderBy(v => v.CreateDate).Select(v => v.VersionNumber).ToListAsync(cancellationToken);
        var afterNoon = await read.ContentVersions.Where(v => v.NodeKey == node.Key && v.CreateDate > noonUtc)
            .Select(v => v.VersionNumber).ToListAsync(cancellationToken);
        var latest = await read.ContentVersions.Where(v => v.NodeKey == node.Key)
            .MaxAsync(v => v.CreateDate, cancellationToken);
        Assert.Equal([2, 3, 1], ordered);
        Assert.Equal([1], afterNoon);
        Assert.Equal(noonUtc.AddTicks(10), latest);
    }

    [Fact]
    public async Task Query_ByParentKey_ReturnsOnlyThatParentsChildrenInSortOrder()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var root = TestContent.Node(cultures: "de-CH");
        var otherRoot = TestContent.Node();
        List<ContentNode> children =
            [TestContent.Node(root.Key, 2, "de-CH"), TestContent.Node(root.Key, 0, "de-CH"), TestContent.Node(root.Key, 1)];
        var grandChild = TestContent.Node(children[0].Key);
        var stranger = TestContent.Node(otherRoot.Key);
        await using (var write = database.CreateContext())
        {
            write.ContentNodes.AddRange([grandChild, stranger, .. children, root, otherRoot]);
            await write.SaveChangesAsync(cancellationToken);
        }

        await using var read = database.CreateContext();
        var childKeys = await read.ContentNodes.Where(n => n.ParentKey == root.Key)
            .OrderBy(n => n.SortOrder).Select(n => n.Key).ToListAsync(cancellationToken);
        var roots = await read.ContentNodes.Where(n => n.ParentKey == null).Select(n => n.Key).ToListAsync(cancellationToken);
        Assert.Equal([children[1].Key, children[2].Key, children[0].Key], childKeys);
        Assert.Contains(root.Key, roots);
        Assert.Contains(otherRoot.Key, roots);
        Assert.DoesNotContain(children[0].Key, roots);
        Assert.Equal(grandChild.Key, await read.ContentNodes.Where(n => n.ParentKey == children[0].Key)
            .Select(n => n.Key).SingleAsync(cancellationToken));
    }
}
