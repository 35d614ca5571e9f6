using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests;

/// <summary>Migrations against a real, empty database of each provider.</summary>
public abstract class ContentStoreMigrationTests(ITestDatabase database)
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesInitialMigrationAndCreatesTables()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = await database.CreateEmptyDatabaseAsync(cancellationToken);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync(cancellationToken));

        await KnowledgeDatabase.MigrateAsync(db, cancellationToken);

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        Assert.Contains(applied, migration => migration.EndsWith("_InitialContentStore", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        Assert.Equal(0, await db.ContentNodes.CountAsync(cancellationToken));
        Assert.Equal(0, await db.ContentVariants.CountAsync(cancellationToken));
        Assert.Equal(0, await db.ContentVersions.CountAsync(cancellationToken));
        Assert.Equal(0, await db.RedirectUrls.CountAsync(cancellationToken));
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_IsANoOp()
    {
        database.EnsureAvailable();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var before = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();

        await KnowledgeDatabase.MigrateAsync(db, cancellationToken);

        Assert.NotEmpty(before);
        Assert.Equal(before, await db.Database.GetAppliedMigrationsAsync(cancellationToken));
    }
}
