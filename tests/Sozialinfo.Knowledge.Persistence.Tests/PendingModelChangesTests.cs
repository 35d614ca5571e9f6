using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Persistence.PostgreSql;
using Sozialinfo.Knowledge.Persistence.Sqlite;

namespace Sozialinfo.Knowledge.Persistence.Tests;

/// <summary>A model change without a migration fails here: add one with dotnet-ef (see the provider projects).</summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void HasPendingModelChanges_SqliteMigrations_AreUpToDate()
    {
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgeSqlite("Data Source=:memory:");
        using var db = new KnowledgeDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Model changed: add a SQLite migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void HasPendingModelChanges_PostgreSqlMigrations_AreUpToDate()
    {
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgePostgreSql("Host=127.0.0.1;Database=unused");
        using var db = new KnowledgeDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Model changed: add a PostgreSQL migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Model_EachProvider_KeepsItsOwnMigrations()
    {
        var sqlite = new DbContextOptionsBuilder<KnowledgeDbContext>();
        sqlite.UseKnowledgeSqlite("Data Source=:memory:");
        var postgreSql = new DbContextOptionsBuilder<KnowledgeDbContext>();
        postgreSql.UseKnowledgePostgreSql("Host=127.0.0.1;Database=unused");
        using var sqliteDb = new KnowledgeDbContext(sqlite.Options);
        using var postgreSqlDb = new KnowledgeDbContext(postgreSql.Options);

        var sqliteColumn = sqliteDb.Model.FindEntityType(typeof(Core.Content.Nodes.ContentNode))!
            .FindProperty(nameof(Core.Content.Nodes.ContentNode.CreateDate))!.GetColumnType();
        var postgreSqlColumn = postgreSqlDb.Model.FindEntityType(typeof(Core.Content.Nodes.ContentNode))!
            .FindProperty(nameof(Core.Content.Nodes.ContentNode.CreateDate))!.GetColumnType();

        Assert.Equal("INTEGER", sqliteColumn);
        Assert.Equal("timestamp with time zone", postgreSqlColumn);
    }
}
