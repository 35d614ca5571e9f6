using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sozialinfo.Knowledge.Persistence.Sqlite;

/// <summary>
/// Used by dotnet-ef only (migrations add/remove/script). "database update" targets the file named in
/// KNOWLEDGE_DESIGN_CONNECTION, or knowledge.db in the current folder.
/// </summary>
internal sealed class KnowledgeSqliteDesignTimeFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("KNOWLEDGE_DESIGN_CONNECTION")
            ?? $"Data Source={KnowledgeSqlite.DefaultFileName}";
        var options = new DbContextOptionsBuilder<KnowledgeDbContext>();
        options.UseKnowledgeSqlite(connectionString);
        return new KnowledgeDbContext(options.Options);
    }
}
