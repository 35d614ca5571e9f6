using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests;

/// <summary>The database itself refuses what would corrupt the tree, on each provider.</summary>
public abstract class ContentStoreConstraintTests(ITestDatabase database)
{
    [Fact]
    public async Task SaveChanges_SecondVariantOfTheSameCulture_IsRejected()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var node = await SaveNodeAsync(TestContent.Node(cultures: "de-CH"), cancellationToken);
        await using (var other = database.CreateContext())
        {
            other.ContentVariants.Add(TestContent.Variant(node.Key, "fr-CH"));
            await other.SaveChangesAsync(cancellationToken);
        }

        await using var db = database.CreateContext();
        db.ContentVariants.Add(TestContent.Variant(node.Key, "de-CH"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
        await using var read = database.CreateContext();
        Assert.Equal(2, await read.ContentVariants.CountAsync(v => v.NodeKey == node.Key, cancellationToken));
    }

    [Fact]
    public async Task SaveChanges_DuplicateRedirectPath_IsRejectedButOtherCultureIsAccepted()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var node = await SaveNodeAsync(TestContent.Node(), cancellationToken);
        var path = $"/alt/{node.Key:N}/";
        await using (var first = database.CreateContext())
        {
            first.RedirectUrls.Add(TestContent.Redirect(node.Key, "de-CH", path));
            first.RedirectUrls.Add(TestContent.Redirect(node.Key, "fr-CH", path));
            await first.SaveChangesAsync(cancellationToken);
        }

        await using var db = database.CreateContext();
        db.RedirectUrls.Add(TestContent.Redirect(node.Key, "de-CH", path));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
    }

    [Fact]
    public async Task SaveChanges_FailingInsideATransaction_LeavesNothingBehind()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var existing = await SaveNodeAsync(TestContent.Node(), cancellationToken);
        var path = $"/belegt/{existing.Key:N}/";
        await SaveRedirectAsync(existing.Key, path, cancellationToken);
        var node = TestContent.Node(cultures: ["de-CH", "it-CH"]);

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ContentNodes.Add(node);
            await db.SaveChangesAsync(cancellationToken);
            db.ContentVersions.Add(TestContent.Version(node.Key, "de-CH", 1, TestContent.LocalTime));
            db.RedirectUrls.Add(TestContent.Redirect(node.Key, "de-CH", path));

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
        }

        await using var read = database.CreateContext();
        Assert.False(await read.ContentNodes.AnyAsync(n => n.Key == node.Key, cancellationToken));
        Assert.False(await read.ContentVariants.AnyAsync(v => v.NodeKey == node.Key, cancellationToken));
        Assert.False(await read.ContentVersions.AnyAsync(v => v.NodeKey == node.Key, cancellationToken));
        Assert.True(await read.RedirectUrls.AnyAsync(r => r.NodeKey == existing.Key, cancellationToken));
    }

    [Fact]
    public async Task SaveChanges_OneFailingRowInABatch_SavesNoneOfIt()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var existing = await SaveNodeAsync(TestContent.Node(), cancellationToken);
        var path = $"/belegt/{existing.Key:N}/";
        await SaveRedirectAsync(existing.Key, path, cancellationToken);
        var node = TestContent.Node(cultures: "de-CH");

        await using (var db = database.CreateContext())
        {
            db.ContentNodes.Add(node);
            db.RedirectUrls.Add(TestContent.Redirect(node.Key, "de-CH", path));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
        }

        await using var read = database.CreateContext();
        Assert.False(await read.ContentNodes.AnyAsync(n => n.Key == node.Key, cancellationToken));
    }

    [Fact]
    public async Task Delete_ParentWithChildren_IsRefused()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var parent = await SaveNodeAsync(TestContent.Node(cultures: "de-CH"), cancellationToken);
        var child = await SaveNodeAsync(TestContent.Node(parent.Key), cancellationToken);

        await using (var db = database.CreateContext())
        {
            db.ContentNodes.Remove(await db.ContentNodes.SingleAsync(n => n.Key == parent.Key, cancellationToken));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
        }

        await using var read = database.CreateContext();
        Assert.True(await read.ContentNodes.AnyAsync(n => n.Key == parent.Key, cancellationToken));
        Assert.True(await read.ContentVariants.AnyAsync(v => v.NodeKey == parent.Key, cancellationToken));
        Assert.Equal(parent.Key, (await read.ContentNodes.SingleAsync(n => n.Key == child.Key, cancellationToken)).ParentKey);
    }

    [Fact]
    public async Task Delete_Leaf_RemovesItsVariantsVersionsAndRedirects()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        var parent = await SaveNodeAsync(TestContent.Node(), cancellationToken);
        var leaf = await SaveNodeAsync(TestContent.Node(parent.Key, cultures: ["de-CH", "fr-CH"]), cancellationToken);
        await SaveRedirectAsync(leaf.Key, $"/alt/{leaf.Key:N}/", cancellationToken);

        await using (var db = database.CreateContext())
        {
            db.ContentVersions.Add(TestContent.Version(leaf.Key, "de-CH", 1, TestContent.LocalTime));
            await db.SaveChangesAsync(cancellationToken);
            await db.ContentNodes.Where(n => n.Key == leaf.Key).ExecuteDeleteAsync(cancellationToken);
        }

        await using var read = database.CreateContext();
        Assert.True(await read.ContentNodes.AnyAsync(n => n.Key == parent.Key, cancellationToken));
        Assert.False(await read.ContentVariants.AnyAsync(v => v.NodeKey == leaf.Key, cancellationToken));
        Assert.False(await read.ContentVersions.AnyAsync(v => v.NodeKey == leaf.Key, cancellationToken));
        Assert.False(await read.RedirectUrls.AnyAsync(r => r.NodeKey == leaf.Key, cancellationToken));
    }

    private async Task<ContentNode> SaveNodeAsync(ContentNode node, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        db.ContentNodes.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        return node;
    }

    private async Task SaveRedirectAsync(Guid nodeKey, string path, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        db.RedirectUrls.Add(TestContent.Redirect(nodeKey, "de-CH", path));
        await db.SaveChangesAsync(cancellationToken);
    }
}
