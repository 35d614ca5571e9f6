using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Persistence.PostgreSql;

/// <summary>The scale-out provider: PostgreSQL (timestamptz in UTC), migrations in this assembly.</summary>
public static class KnowledgePostgreSql
{
    /// <summary>Registers <see cref="KnowledgeDbContext"/> (scoped) and <see cref="IDbContextFactory{TContext}"/> (singleton).</summary>
    public static IServiceCollection AddKnowledgePostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<KnowledgeDbContext>(options => options.UseKnowledgePostgreSql(connectionString));
        return services;
    }

    /// <summary>Configures Npgsql with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder UseKnowledgePostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(
            connectionString,
            npgsql => npgsql.MigrationsAssembly(typeof(KnowledgePostgreSql).Assembly.GetName().Name));
}
