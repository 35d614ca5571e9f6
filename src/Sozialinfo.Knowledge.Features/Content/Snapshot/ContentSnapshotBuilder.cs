using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Markdown;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Builds the published and preview snapshots from the store and swaps them into <see cref="PublishedContentCache"/>
/// atomically: <see cref="RebuildAsync"/> reads the whole tree, <see cref="UpdateAsync"/> only the changed nodes and
/// the subtrees below them. Builds run one at a time, so the last swap always holds the newest state; versions only
/// ever increase.
/// </summary>
public sealed class ContentSnapshotBuilder : IDisposable
{
    /// <summary>Above this many affected nodes one query for the whole tree is cheaper than many by key.</summary>
    public const int MaxIncrementalNodes = 2_000;

    private readonly IDbContextFactory<KnowledgeDbContext> _dbFactory;
    private readonly DocumentTypeCatalog _catalog;
    private readonly PublishedContentCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ContentSnapshotBuilder> _logger;
    private readonly IReadOnlyList<IContentSnapshotListener> _listeners;
    private readonly MarkdownLimits _markdownLimits;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, MarkdownRendering> _rendered = new(StringComparer.Ordinal);

    // State of the last swap, for UpdateAsync; _tree is null until a full build succeeded, and again after a
    // failed update (it may already hold parents the snapshots do not), which makes the next update a full one.
    private ContentKeyTree? _tree;
    private long _version;

    public ContentSnapshotBuilder(
        IDbContextFactory<KnowledgeDbContext> dbFactory,
        DocumentTypeCatalog catalog,
        PublishedContentCache cache,
        TimeProvider timeProvider,
        ILogger<ContentSnapshotBuilder> logger,
        IEnumerable<IContentSnapshotListener> listeners,
        IOptions<ContentOptions> options)
    {
        (_dbFactory, _catalog, _cache, _timeProvider, _logger) = (dbFactory, catalog, cache, timeProvider, logger);
        _listeners = [.. listeners];
        _markdownLimits = options.Value.Markdown;
    }

    /// <summary>
    /// Reads the whole store, lets every <see cref="IContentSnapshotListener"/> (the search indexes) catch up with the
    /// new state, then replaces both snapshots; returns when readers see the new state.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RebuildAllAsync(Stopwatch.GetTimestamp(), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Like <see cref="RebuildAsync"/> after a write to <paramref name="keys"/>, but reads only those nodes and every
    /// node below them (a rename or move changes their routes and levels, an unpublish hides them). Everything else
    /// keeps its item from the current snapshots. Falls back to a full rebuild before the first one, for a root
    /// (its place decides which root owns "/") and above <see cref="MaxIncrementalNodes"/> affected nodes.
    /// </summary>
    public async Task UpdateAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            if (_tree is { } tree && await BuildChangedAsync(tree, keys, cancellationToken) is { } changed)
            {
                var (published, preview, rendered, nodesRead) = changed;
                var listening = Stopwatch.GetTimestamp();
                await SwapAsync(published, preview, cancellationToken);
                foreach (var (text, html) in rendered)
                {
                    _rendered[text] = html;
                }

                _logger.LogInformation(
                    "Content snapshot {Version} updated in {Milliseconds:F0} ms: {Published} published, {Preview} in preview; "
                    + "{Nodes} nodes read, listeners {ListenerMilliseconds:F0} ms",
                    published.Version, Stopwatch.GetElapsedTime(started).TotalMilliseconds, published.All.Count, preview.All.Count,
                    nodesRead, Stopwatch.GetElapsedTime(listening).TotalMilliseconds);
                return;
            }

            await RebuildAllAsync(started, cancellationToken);
        }
        catch
        {
            _tree = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Keeps what validation rendered for texts about to be written, so the next build reuses it instead of
    /// rendering them again; a full rebuild forgets every text it did not use.
    /// </summary>
    public async Task RememberRenderedAsync(IEnumerable<KeyValuePair<string, RenderedMarkdown>> rendered, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var (text, markdown) in rendered)
            {
                _rendered.TryAdd(text, new MarkdownRendering(markdown, null));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The full build and swap; the caller holds the gate.</summary>
    private async Task RebuildAllAsync(long started, CancellationToken cancellationToken)
    {
        _tree = null;
        var (published, preview, tree, rendered) = await BuildAllAsync(cancellationToken);
        await SwapAsync(published, preview, cancellationToken);
        (_tree, _rendered) = (tree, rendered);
        LogBuilt(published, preview, started);
    }

    private async Task<(ContentSnapshot Published, ContentSnapshot Preview, ContentKeyTree Tree, Dictionary<string, MarkdownRendering> Rendered)> BuildAllAsync(
        CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await db.ContentNodes.AsNoTracking().Include(n => n.Variants).ToListAsync(cancellationToken);
        var redirects = await LoadRedirectsAsync(db, cancellationToken);

        var markdown = new MarkdownRenderCache(_markdownLimits, _rendered);
        var version = NextVersion();
        var published = ContentSnapshotMapper.Published(nodes, redirects, _catalog, markdown, version);
        var preview = ContentSnapshotMapper.Preview(nodes, redirects, _catalog, markdown, version);
        LogUnrendered(published.All, "published");
        LogUnrendered(preview.All, "preview");
        return (published, preview, new ContentKeyTree(nodes), markdown.Rendered);
    }

    /// <summary>Null when the change needs a full rebuild; otherwise the snapshots and the texts rendered for them.</summary>
    private async Task<(ContentSnapshot Published, ContentSnapshot Preview, Dictionary<string, MarkdownRendering> Rendered, int NodesRead)?> BuildChangedAsync(
        ContentKeyTree tree, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Any(tree.IsRoot))
        {
            return null;
        }

        var affected = tree.WithDescendants(keys);
        if (affected.Count > MaxIncrementalNodes)
        {
            return null;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await LoadNodesAsync(db, affected, cancellationToken);
        if (nodes.Any(n => n.ParentKey is null))
        {
            return null;
        }

        var redirects = await LoadRedirectsAsync(db, cancellationToken);
        foreach (var key in affected)
        {
            tree.Remove(key);
        }

        foreach (var node in nodes)
        {
            tree.Set(node.Key, node.ParentKey);
        }

        // Fresh items for the affected nodes: the new snapshot assigns levels and routes to its items, so the old
        // snapshot's items below a renamed or moved node must not be reused (readers may still hold that snapshot).
        var markdown = new MarkdownRenderCache(_markdownLimits, _rendered);
        var version = NextVersion();
        List<PublishedContent> freshPublished = [.. nodes.Where(n => ContentSnapshotMapper.IsPublishedCandidate(n, _catalog)).Select(n => ContentSnapshotMapper.MapPublished(n, _catalog, markdown))];
        List<PublishedContent> freshPreview = [.. nodes.Where(n => ContentSnapshotMapper.IsPreviewCandidate(n, _catalog)).Select(n => ContentSnapshotMapper.MapPreview(n, _catalog, markdown))];
        LogUnrendered(freshPublished, "published");
        LogUnrendered(freshPreview, "preview");
        var published = Replace(_cache.Published, affected, freshPublished, redirects, version);
        var preview = Replace(_cache.Preview, affected, freshPreview, redirects, version);
        return (published, preview, markdown.Rendered, nodes.Count);
    }

    /// <summary>The current items outside <paramref name="affected"/> plus the fresh ones; the snapshot drops what is unreachable.</summary>
    private static ContentSnapshot Replace(
        ContentSnapshot current, HashSet<Guid> affected, IEnumerable<PublishedContent> fresh, List<RouteRedirect> redirects, long version) =>
        new(version, current.All.Where(i => !affected.Contains(i.Key)).Concat(fresh), redirects);

    private static async Task<List<ContentNode>> LoadNodesAsync(KnowledgeDbContext db, IEnumerable<Guid> keys, CancellationToken cancellationToken)
    {
        var nodes = new List<ContentNode>();
        foreach (var chunk in keys.Chunk(KnowledgeDatabase.MaxValuesPerQuery))
        {
            nodes.AddRange(await db.ContentNodes.AsNoTracking().Include(n => n.Variants)
                .Where(n => chunk.Contains(n.Key))
                .ToListAsync(cancellationToken));
        }

        return nodes;
    }

    private static Task<List<RouteRedirect>> LoadRedirectsAsync(KnowledgeDbContext db, CancellationToken cancellationToken) =>
        db.RedirectUrls.AsNoTracking()
            .Select(r => new RouteRedirect(r.Culture, r.Path, r.NodeKey))
            .ToListAsync(cancellationToken);

    private async Task SwapAsync(ContentSnapshot published, ContentSnapshot preview, CancellationToken cancellationToken)
    {
        var change = new ContentSnapshotChange(_cache.Published, _cache.Preview, published, preview);

        // Listeners (the indexes) catch up before readers see the new snapshot: a page built from the new snapshot
        // never asks an index that still holds the old state (and remembers that answer for the whole version).
        foreach (var listener in _listeners)
        {
            await listener.SnapshotBuiltAsync(change, cancellationToken);
        }

        _cache.Replace(published, preview);
    }

    /// <summary>A text that cannot be rendered is left out of its item (which stays); editors see it on the status page.</summary>
    private void LogUnrendered(IEnumerable<PublishedContent> items, string snapshot)
    {
        foreach (var item in items)
        {
            foreach (var culture in item.Cultures.Values)
            {
                foreach (var property in culture.Unrendered)
                {
                    _logger.LogWarning(
                        "Content {Key} ({Culture}, {Snapshot}): property '{Alias}' cannot be rendered and is left out: {Reason}",
                        item.Key, culture.Culture, snapshot, property.Alias, property.Message);
                }
            }
        }
    }

    private void LogBuilt(ContentSnapshot published, ContentSnapshot preview, long started) =>
        _logger.LogInformation(
            "Content snapshot {Version} built in {Milliseconds:F0} ms: {Published} published, {Preview} in preview",
            published.Version, Stopwatch.GetElapsedTime(started).TotalMilliseconds, published.All.Count, preview.All.Count);

    /// <summary>Milliseconds since 1970 at first, then +1 per build: increases across restarts and within one.</summary>
    private long NextVersion()
    {
        _version = Math.Max(_version + 1, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return _version;
    }
}
