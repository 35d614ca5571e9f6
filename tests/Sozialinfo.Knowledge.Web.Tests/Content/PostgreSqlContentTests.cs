using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Import;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>
/// The content store on PostgreSQL (KNOWLEDGE_TEST_POSTGRES, set by test.sh): seed on start, idempotent re-import
/// (timestamps survive the round trip), and a published rename that records its redirect. Skipped without the
/// variable, except on CI, where it fails.
/// </summary>
public sealed class PostgreSqlContentTests : IAsyncLifetime
{
    private readonly string? _server = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_POSTGRES");
    private readonly string _database = "knowledge_content_" + Guid.NewGuid().ToString("N");
    private KnowledgeApiFactory? _factory;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedReimportAndRename_OnPostgreSql_BehaveAsOnSqlite()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            Assert.False(
                !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI")),
                "KNOWLEDGE_TEST_POSTGRES is not set, but CI is: PostgreSQL content tests must run on CI.");
            Assert.Skip("PostgreSQL content tests were skipped: set KNOWLEDGE_TEST_POSTGRES (test.sh does) to run them.");
        }

        var factory = _factory ?? throw new InvalidOperationException("Not started.");
        using var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PublishedContentCache>();
        Assert.Equal(EditorApi.Home, cache.Published.GetByRoute("/", "de-CH")?.Key);

        var report = await factory.Services.GetRequiredService<SeedContentImporter>().ImportAsync(KnowledgeApiFactory.SeedFolder, Token);
        Assert.Empty(report.Rejected);
        Assert.Equal((0, 0), (report.Imported, report.Updated));

        var key = Guid.NewGuid();
        (await client.PutAsync(key, EditorApi.Article("Auf Postgres", "auf-postgres"))).Dispose();
        (await client.PostAsync($"/api/content/{key}/publish")).Dispose();
        (await client.PutAsync(key, EditorApi.Article("Auf Postgres umbenannt", "umbenannt"))).Dispose();
        using var published = await client.PostAsync($"/api/content/{key}/publish");
        published.EnsureSuccessStatusCode();

        Assert.Equal(key, cache.Published.GetByRoute("/dossiers/datenschutz/umbenannt/", "de-CH")?.Key);
        Assert.Equal(key, cache.Published.GetRedirectTarget("/dossiers/datenschutz/auf-postgres/", "de-CH")?.Key);
    }

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _factory = new KnowledgeApiFactory(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Knowledge"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is null)
        {
            return;
        }

        await _factory.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
