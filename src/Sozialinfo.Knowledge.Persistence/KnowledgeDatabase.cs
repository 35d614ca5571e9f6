using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Persistence;

/// <summary>Brings the database schema up to date with the migrations of the configured provider.</summary>
public static class KnowledgeDatabase
{
    /// <summary>
    /// How many values one <c>list.Contains(column)</c> query may carry: EF Core sends one SQL parameter per value and
    /// SQLite allows at most 32,766, so callers with longer lists (imports, large subtrees) query in chunks of this size.
    /// </summary>
    public const int MaxValuesPerQuery = 500;

    /// <summary>Applies pending migrations using the registered <see cref="IDbContextFactory{TContext}"/>.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>Applies pending migrations to the database of <paramref name="db"/>.</summary>
    public static async Task MigrateAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        // Creating the history table first spares a new database the spurious "Failed executing DbCommand"
        // error EF Core logs when Migrate reads a history table that does not exist yet (npgsql/efcore.pg#3407).
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
