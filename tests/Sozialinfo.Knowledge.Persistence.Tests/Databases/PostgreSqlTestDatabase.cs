using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sozialinfo.Knowledge.Persistence.PostgreSql;

namespace Sozialinfo.Knowledge.Persistence.Tests.Databases;

/// <summary>
/// Uniquely named databases on the server in KNOWLEDGE_TEST_POSTGRES, dropped after the test class. Without that
/// variable the tests are skipped, except on CI (variable CI set), where they fail.
/// </summary>
public sealed class PostgreSqlTestDatabase : ITestDatabase, IAsyncLifetime
{
    public const string VariableName = "KNOWLEDGE_TEST_POSTGRES";

    private readonly string? _serverConnectionString = Environment.GetEnvironmentVariable(VariableName);
    private readonly List<string> _databases = [];

    public string ConnectionString { get; private set; } = string.Empty;

    public void EnsureAvailable()
    {
        if (!string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"{VariableName} is not set, but CI is: PostgreSQL storage tests must run on CI.");
        }

        Assert.Skip($"PostgreSQL tests were skipped: set {VariableName} (test.sh does) to run them.");
    }

    public KnowledgeDbContext CreateContext() => Create(ConnectionString);

    public async Task<KnowledgeDbContext> CreateEmptyDatabaseAsync(CancellationToken cancellationToken) =>
        Create(await CreateDatabaseAsync(cancellationToken));

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            return;
        }

        ConnectionString = await CreateDatabaseAsync(CancellationToken.None);
        await using var db = CreateContext();
        await KnowledgeDatabase.MigrateAsync(db, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(_serverConnectionString);
        await server.OpenAsync();
        foreach (var database in _databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var database = "knowledge_test_" + Guid.NewGuid().ToString("N");
        await using (var server = new NpgsqlConnection(_serverConnectionString))
        {
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        _databases.Add(database);
        return new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = database }.ConnectionString;
    }

    private static KnowledgeDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgePostgreSql(connectionString);
        return new KnowledgeDbContext(options.Options);
    }
}
