using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Search.Indexing;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// "Index neu aufbauen": what the "reindex" command does, inside the running site. The next snapshot rebuilds every
/// index from scratch, and a snapshot is built from the store now; searches see the old index until the new one is
/// complete. Returns when all indexes are rebuilt.
/// </summary>
internal sealed class SearchIndexRebuild(SearchIndexUpdater updater, ContentSnapshotBuilder snapshots)
{
    public async Task RunAsync()
    {
        updater.RebuildWithNextSnapshot("rebuild requested on the editors' status page");
        // Not the request's token: a closed browser tab must not leave some indexes rebuilt and others waiting.
        await snapshots.RebuildAsync(CancellationToken.None);
    }
}
