using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Persistence.Sqlite;

namespace Sozialinfo.Knowledge.Persistence.Tests.Databases;

/// <summary>SQLite files in a temporary folder, deleted after the test class.</summary>
public sealed class SqliteTestDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledge-tests-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString { get; private set; } = string.Empty;

    public void EnsureAvailable()
    {
    }

    public KnowledgeDbContext CreateContext() => Create(ConnectionString);

    public async Task<KnowledgeDbContext> CreateEmptyDatabaseAsync(CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        return Create(KnowledgeSqlite.ResolveConnectionString(
            $"Data Source=empty-{Guid.NewGuid():N}.db", _folder, dataFolder: string.Empty));
    }

    public async ValueTask InitializeAsync()
    {
        ConnectionString = KnowledgeSqlite.ResolveConnectionString(null, _folder, "data");
        await using var db = CreateContext();
        await KnowledgeDatabase.MigrateAsync(db, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private static KnowledgeDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgeSqlite(connectionString);
        return new KnowledgeDbContext(options.Options);
    }
}
