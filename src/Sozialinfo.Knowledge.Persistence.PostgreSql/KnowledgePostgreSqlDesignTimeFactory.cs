using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sozialinfo.Knowledge.Persistence.PostgreSql;

/// <summary>
/// Used by dotnet-ef only. "migrations add" does not connect; "database update" uses KNOWLEDGE_DESIGN_CONNECTION.
/// </summary>
internal sealed class KnowledgePostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("KNOWLEDGE_DESIGN_CONNECTION")
            ?? "Host=127.0.0.1;Port=5432;Database=knowledge;Username=knowledge;Password=knowledge";
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgePostgreSql(connectionString);
        return new KnowledgeDbContext(options.Options);
    }
}
