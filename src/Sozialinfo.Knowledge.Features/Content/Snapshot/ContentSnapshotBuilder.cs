using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Builds the published and preview snapshots from the store (one query for the whole tree, Markdown rendered in
/// parallel) and swaps them into <see cref="PublishedContentCache"/> atomically. Rebuilds run one at a time, so the
/// last swap always holds the newest state; versions only ever increase.
/// </summary>
public sealed class ContentSnapshotBuilder : IDisposable
{
    private readonly IDbContextFactory<KnowledgeDbContext> _dbFactory;
    private readonly DocumentTypeCatalog _catalog;
    private readonly PublishedContentCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ContentSnapshotBuilder> _logger;
    private readonly IReadOnlyList<IContentSnapshotListener> _listeners;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, RenderedMarkdown>? _rendered;
    private long _version;

    public ContentSnapshotBuilder(
        IDbContextFactory<KnowledgeDbContext> dbFactory,
        DocumentTypeCatalog catalog,
        PublishedContentCache cache,
        TimeProvider timeProvider,
        ILogger<ContentSnapshotBuilder> logger,
        IEnumerable<IContentSnapshotListener> listeners)
    {
        (_dbFactory, _catalog, _cache, _timeProvider, _logger) = (dbFactory, catalog, cache, timeProvider, logger);
        _listeners = [.. listeners];
    }

    /// <summary>
    /// Reads the store, lets every <see cref="IContentSnapshotListener"/> (the search indexes) catch up with the new
    /// state, then replaces both snapshots; returns when readers see the new state.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var (published, preview) = await BuildAsync(cancellationToken);
            var change = new ContentSnapshotChange(_cache.Published, _cache.Preview, published, preview);

            // Listeners (the indexes) catch up before readers see the new snapshot: a page built from the new snapshot
            // never asks an index that still holds the old state (and remembers that answer for the whole version).
            foreach (var listener in _listeners)
            {
                await listener.SnapshotBuiltAsync(change, cancellationToken);
            }

            _cache.Replace(published, preview);

            _logger.LogInformation(
                "Content snapshot {Version} built in {Milliseconds:F0} ms: {Published} published, {Preview} in preview",
                published.Version, Stopwatch.GetElapsedTime(started).TotalMilliseconds, published.All.Count, preview.All.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(ContentSnapshot Published, ContentSnapshot Preview)> BuildAsync(CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await db.ContentNodes.AsNoTracking().Include(n => n.Variants).ToListAsync(cancellationToken);
        var redirects = await db.RedirectUrls.AsNoTracking()
            .Select(r => new RouteRedirect(r.Culture, r.Path, r.NodeKey))
            .ToListAsync(cancellationToken);

        var markdown = new MarkdownRenderCache(_rendered);
        var version = NextVersion();
        var published = ContentSnapshotMapper.Published(nodes, redirects, _catalog, markdown, version);
        var preview = ContentSnapshotMapper.Preview(nodes, redirects, _catalog, markdown, version);
        _rendered = markdown.Rendered;
        return (published, preview);
    }

    /// <summary>Milliseconds since 1970 at first, then +1 per build: increases across restarts and within one.</summary>
    private long NextVersion()
    {
        _version = Math.Max(_version + 1, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return _version;
    }
}
