using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Persistence.Sqlite;

namespace Sozialinfo.Knowledge.Persistence.Tests.Sqlite;

public sealed class KnowledgeSqliteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "knowledge-root-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ResolveConnectionString_NothingConfigured_UsesKnowledgeDbInTheDataFolderAndCreatesIt()
    {
        var resolved = new SqliteConnectionStringBuilder(KnowledgeSqlite.ResolveConnectionString(null, _root, "data"));

        Assert.Equal(Path.Combine(_root, "data", "knowledge.db"), resolved.DataSource);
        Assert.True(Directory.Exists(Path.Combine(_root, "data")));
    }

    [Fact]
    public void ResolveConnectionString_RelativeFile_IsResolvedAgainstTheBaseFolder()
    {
        var resolved = new SqliteConnectionStringBuilder(
            KnowledgeSqlite.ResolveConnectionString("Data Source=db/site.db;Cache=Shared", _root, "data"));

        Assert.Equal(Path.Combine(_root, "db", "site.db"), resolved.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, resolved.Cache);
        Assert.True(Directory.Exists(Path.Combine(_root, "db")));
    }

    [Fact]
    public void ResolveConnectionString_InMemory_IsLeftAlone()
    {
        var resolved = new SqliteConnectionStringBuilder(
            KnowledgeSqlite.ResolveConnectionString("Data Source=:memory:", _root, "data"));

        Assert.Equal(":memory:", resolved.DataSource);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public async Task AddKnowledgeSqlite_Registered_ProvidesFactoryAndScopedContextThatMigrate()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = KnowledgeSqlite.ResolveConnectionString(null, _root, "data");
        await using var services = new ServiceCollection().AddKnowledgeSqlite(connectionString).BuildServiceProvider();

        await KnowledgeDatabase.MigrateAsync(services, cancellationToken);

        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        Assert.Empty(await scoped.Database.GetPendingMigrationsAsync(cancellationToken));
        Assert.Same(scoped, scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>());
        var factory = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var created = await factory.CreateDbContextAsync(cancellationToken);
        Assert.NotSame(scoped, created);
        Assert.Equal(0, await created.ContentNodes.CountAsync(cancellationToken));
        Assert.True(File.Exists(Path.Combine(_root, "data", "knowledge.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
