using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Content.Snapshot;

namespace Sozialinfo.Knowledge.Features.Search.Indexing;

/// <summary>
/// Keeps the named indexes in step with the snapshots: ExternalIndex and DeliveryApiContentIndex follow the
/// published snapshot, InternalIndex the preview snapshot. The first swap in a process checks each index and
/// rebuilds it when it was recreated (missing, old schema, corrupt), holds another number of documents, or is older
/// than the newest content; later swaps index what changed and delete what disappeared. A failed update is logged
/// and turns the next update of that index into a full rebuild, so a publish never fails because of the index.
/// </summary>
internal sealed class SearchIndexUpdater(
    [FromKeyedServices(SearchIndexNames.ExternalIndex)] ISearchIndex external,
    [FromKeyedServices(SearchIndexNames.DeliveryApiContentIndex)] ISearchIndex delivery,
    [FromKeyedServices(SearchIndexNames.InternalIndex)] ISearchIndex @internal,
    ILogger<SearchIndexUpdater> logger) : IContentSnapshotListener
{
    // Only touched inside ContentSnapshotBuilder's gate: one call at a time.
    private readonly HashSet<string> _current = new(StringComparer.Ordinal);

    // Indexes to rebuild with the next swap, and why (a failed update, the "reindex" command).
    private readonly ConcurrentDictionary<string, string> _forced = new(StringComparer.Ordinal);

    public IReadOnlyList<ISearchIndex> Indexes => [external, delivery, @internal];

    public async Task SnapshotBuiltAsync(ContentSnapshotChange change, CancellationToken cancellationToken)
    {
        await UpdateAsync(external, change.PreviousPublished, change.Published, cancellationToken);
        await UpdateAsync(delivery, change.PreviousPublished, change.Published, cancellationToken);
        await UpdateAsync(@internal, change.PreviousPreview, change.Preview, cancellationToken);
    }

    /// <summary>Makes the next swap rebuild every index from scratch (the "reindex" command).</summary>
    public void RebuildWithNextSnapshot(string reason)
    {
        foreach (var index in Indexes)
        {
            _forced[index.Name] = reason;
        }
    }

    private async Task UpdateAsync(ISearchIndex index, ContentSnapshot previous, ContentSnapshot current, CancellationToken cancellationToken)
    {
        try
        {
            if (_forced.TryRemove(index.Name, out var forced))
            {
                await RebuildAsync(index, current, forced, cancellationToken);
                return;
            }

            if (!_current.Contains(index.Name))
            {
                if (WhyRebuild(index.GetStatus(), current) is { } reason)
                {
                    await RebuildAsync(index, current, reason, cancellationToken);
                }

                _current.Add(index.Name);
                return;
            }

            var diff = SnapshotDiff.Between(previous, current);
            if (diff.Removed.Count > 0)
            {
                await index.DeleteAsync(diff.Removed, cancellationToken);
            }

            var changed = diff.Changed.Where(item => SearchIndexItems.Holds(index.Name, item)).ToList();
            if (changed.Count > 0)
            {
                await index.IndexAsync(SearchIndexItems.From(current, changed), cancellationToken);
            }
        }
        catch (Exception exception)
        {
            _forced[index.Name] = "the last update failed";
            logger.LogError(exception, "Updating search index {Index} failed; it is rebuilt with the next content change", index.Name);
            if (exception is OperationCanceledException)
            {
                throw;
            }
        }
    }

    private async Task RebuildAsync(ISearchIndex index, ContentSnapshot snapshot, string reason, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await index.RebuildAsync(SearchIndexItems.All(snapshot, index.Name), cancellationToken);
        _current.Add(index.Name);
        logger.LogInformation("Search index {Index} rebuilt ({Reason}): {Documents} documents in {Milliseconds:F0} ms",
            index.Name, reason, index.GetStatus().DocumentCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static string? WhyRebuild(IndexStatus status, ContentSnapshot snapshot)
    {
        if (status.Health == IndexHealth.RebuildRequired)
        {
            return status.Detail ?? "rebuild required";
        }

        var expected = SearchIndexItems.DocumentCount(snapshot, status.Name);
        if (status.DocumentCount != expected)
        {
            return $"{status.DocumentCount} documents, {expected} expected";
        }

        return status.LastUpdated is { } updated && snapshot.All.Count > 0 && snapshot.LastModified > updated
            ? "content changed since the last index update"
            : null;
    }
}
