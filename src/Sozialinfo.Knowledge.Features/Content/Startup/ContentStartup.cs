using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Markdown;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Startup;

/// <summary>
/// Runs before the server accepts requests (hosted services registered on the builder start before Kestrel):
/// loads the document types (an invalid one stops the app), migrates the store, imports the seed into an empty
/// store when "Content:SeedOnStart" is set, and builds the first snapshot.
/// </summary>
internal sealed class ContentStartup(
    IServiceProvider services,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentStartup> logger) : IHostedService
{
    private const string WarmUpMarkdown = "## Start\n\nText mit **Markdown**, [Link](/a/) und einer Liste:\n\n- eins\n- zwei\n";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        // Markdig and the sanitiser compile on first use; let that happen on another core while EF migrates.
        var warmUp = Task.Run(() => KnowledgeMarkdown.Render(WarmUpMarkdown), cancellationToken);
        await PrepareStoreAsync(services, logger, cancellationToken);
        var prepared = Stopwatch.GetElapsedTime(started);
        if (options.Value.SeedOnStart && await IsStoreEmptyAsync(cancellationToken))
        {
            var folder = ContentFolders.Resolve(options.Value.SeedFolder, environment.ContentRootPath, ContentFolders.Seed);
            if (folder is null)
            {
                logger.LogWarning("The store is empty and no '{Folder}' folder was found above {ContentRoot}; starting without content",
                    ContentFolders.Seed, environment.ContentRootPath);
            }
            else
            {
                await services.GetRequiredService<Import.SeedContentImporter>().ImportAsync(folder, cancellationToken);
            }
        }

        await warmUp;
        await services.GetRequiredService<ContentSnapshotBuilder>().RebuildAsync(cancellationToken);
        logger.LogInformation("Content ready in {Milliseconds:F0} ms (document types and migrations: {Prepared:F0} ms)",
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, prepared.TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Loads the document types (throws with file and field if one is invalid) and migrates the store.</summary>
    public static async Task PrepareStoreAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<DocumentTypeCatalog>();
        }
        catch (DocumentTypeDefinitionException exception)
        {
            logger.LogCritical("Cannot start: {Message}", exception.Message);
            throw;
        }

        await KnowledgeDatabase.MigrateAsync(services, cancellationToken);
    }

    private async Task<bool> IsStoreEmptyAsync(CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return !await db.ContentNodes.AnyAsync(cancellationToken);
    }
}
