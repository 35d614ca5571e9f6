using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Persistence.Conversions;

namespace Sozialinfo.Knowledge.Persistence;

/// <summary>
/// The content store: the node tree, its culture variants (draft and published side by side), version history and
/// redirects. Provider-neutral; the provider projects add the connection and the migrations.
/// </summary>
/// <remarks>
/// After a model change, add a migration for each provider (from the repository root), named for the change:
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add AddSomething --project src/Sozialinfo.Knowledge.Persistence.Sqlite --output-dir Migrations
/// dotnet ef migrations add AddSomething --project src/Sozialinfo.Knowledge.Persistence.PostgreSql --output-dir Migrations
/// </code>
/// PendingModelChangesTests fails while either provider lacks the migration.
/// </remarks>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<ContentNode> ContentNodes => Set<ContentNode>();

    public DbSet<ContentVariant> ContentVariants => Set<ContentVariant>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<RedirectUrl> RedirectUrls => Set<RedirectUrl>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: UTC ticks in an INTEGER keep ordering and comparison on the server.
        // PostgreSQL: timestamptz, which accepts UTC only, so values are normalised on the way in.
        if (string.Equals(Database.ProviderName, SqliteProviderName, StringComparison.Ordinal))
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);
}
