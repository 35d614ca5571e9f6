using Sozialinfo.Knowledge.Features.Content.Import;
using Sozialinfo.Knowledge.Features.Content.Snapshot;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>Imports a folder of seed files (see content-seed/README.md) and rebuilds the snapshot if anything changed.</summary>
internal static class ImportSeedContent
{
    public sealed record Request(string Folder);

    public static async Task<ImportReport> HandleAsync(
        Request request, SeedContentImporter importer, ContentSnapshotBuilder snapshots, CancellationToken cancellationToken)
    {
        var report = await importer.ImportAsync(request.Folder, cancellationToken);
        if (report.HasChanges)
        {
            await snapshots.RebuildAsync(cancellationToken);
        }

        return report;
    }
}
