using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Persistence;
using Sozialinfo.Knowledge.Persistence.PostgreSql;
using Sozialinfo.Knowledge.Persistence.Sqlite;

namespace Sozialinfo.Knowledge.Web;

/// <summary>
/// Binds the EF Core provider from configuration: "Persistence:Provider" = Sqlite (default) | PostgreSql,
/// "ConnectionStrings:Knowledge" (required for PostgreSql; for Sqlite the default is knowledge.db in
/// "Persistence:DataFolder" under the content root). Registers <see cref="KnowledgeDbContext"/> (scoped) and
/// <see cref="IDbContextFactory{TContext}"/> (singleton). Invalid settings stop the host at start.
/// </summary>
internal static class PersistenceSetup
{
    public static WebApplicationBuilder AddKnowledgePersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PersistenceOptions>()
            .BindConfiguration(PersistenceOptions.SectionName)
            .Configure<IConfiguration>(ReadConnectionString)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>();

        // Resolved lazily, so configuration a test host adds after this call still counts.
        builder.Services.AddDbContextFactory<KnowledgeDbContext>(ConfigureProvider);
        return builder;
    }

    private static void ReadConnectionString(PersistenceOptions options, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Knowledge");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            options.ConnectionString = connectionString;
        }
    }

    private static void ConfigureProvider(IServiceProvider services, DbContextOptionsBuilder options)
    {
        // Reading Value runs the validator: an invalid provider throws OptionsValidationException with its message.
        var persistence = services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
        switch (persistence.ParsedProvider)
        {
            case KnowledgeDatabaseProvider.PostgreSql:
                options.UseKnowledgePostgreSql(persistence.ConnectionString!);
                break;
            case KnowledgeDatabaseProvider.Sqlite:
                var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
                options.UseKnowledgeSqlite(KnowledgeSqlite.ResolveConnectionString(
                    persistence.ConnectionString, contentRoot, persistence.DataFolder));
                break;
            default:
                throw new InvalidOperationException(
                    $"Persistence:Provider '{persistence.Provider}' is not supported. Use 'Sqlite' or 'PostgreSql'.");
        }
    }
}
