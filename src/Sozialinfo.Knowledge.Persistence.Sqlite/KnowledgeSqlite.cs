using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Persistence.Sqlite;

/// <summary>The embedded default provider: one SQLite file in WAL mode, migrations in this assembly.</summary>
public static class KnowledgeSqlite
{
    public const string DefaultFileName = "knowledge.db";

    /// <summary>Registers <see cref="KnowledgeDbContext"/> (scoped) and <see cref="IDbContextFactory{TContext}"/> (singleton).</summary>
    public static IServiceCollection AddKnowledgeSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<KnowledgeDbContext>(options => options.UseKnowledgeSqlite(connectionString));
        return services;
    }

    /// <summary>Configures SQLite with this assembly's migrations and the WAL/busy-timeout pragmas.</summary>
    public static DbContextOptionsBuilder UseKnowledgeSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(KnowledgeSqlite).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);

    /// <summary>
    /// The connection string to use: the configured one (a relative file resolved against
    /// <paramref name="baseFolder"/>), or <see cref="DefaultFileName"/> in <paramref name="dataFolder"/>.
    /// The file's folder is created.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string baseFolder, string dataFolder)
    {
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.Combine(baseFolder, dataFolder), DefaultFileName) }
            : new SqliteConnectionStringBuilder(configured);
        if (IsFile(builder))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, baseFolder);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory
        && !string.IsNullOrEmpty(builder.DataSource)
        && !string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal)
        && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
