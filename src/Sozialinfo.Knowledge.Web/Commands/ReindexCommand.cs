using System.Globalization;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Content.Startup;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Web.Commands;

/// <summary>
/// "dotnet run --project src/Sozialinfo.Knowledge.Web -- reindex": migrates the store, builds the snapshots from it
/// and rebuilds every search index from scratch, then prints the document count per index (exit code 0). The site
/// must not run on the same data folder at the same time (the indexes are locked by their process): then the
/// command says so and exits with 1.
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await ContentStartup.PrepareStoreAsync(services, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReindexCommand)), cancellationToken);
        SearchIndexUpdater updater;
        try
        {
            updater = services.GetRequiredService<SearchIndexUpdater>();
        }
        catch (SearchIndexLockedException exception)
        {
            await output.WriteLineAsync($"Suchindex belegt (läuft die Website auf demselben Datenordner?) / search index locked: {exception.Message}");
            return 1;
        }

        updater.RebuildWithNextSnapshot("reindex command");
        await services.GetRequiredService<ContentSnapshotBuilder>().RebuildAsync(cancellationToken);

        await output.WriteLineAsync("Suchindizes neu aufgebaut / search indexes rebuilt:");
        foreach (var status in updater.Indexes.Select(index => index.GetStatus()))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {status.Name,-26} {status.DocumentCount,6} Dokumente / documents ({status.Health})"));
        }

        return 0;
    }
}
