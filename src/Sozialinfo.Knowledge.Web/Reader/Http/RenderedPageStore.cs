using System.Collections.Concurrent;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// Rendered pages of one snapshot, keyed by their ETag. The ETag names exactly one representation (build, snapshot
/// version, item and, where it matters, the event timeline), so a stored page is served until the tag changes. Each
/// page keeps its Brotli and gzip forms once a client has asked for them. Lives in the snapshot's
/// <see cref="Content.ReaderIndex"/> and goes with it.
/// </summary>
internal sealed class RenderedPageStore
{
    // The seed has ~40 pages; a bound keeps a huge site or a flood of distinct tags from growing memory without limit.
    private const int MaxPages = 4096;

    private readonly ConcurrentDictionary<string, EncodedBody> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string entityTag, out EncodedBody page) => _pages.TryGetValue(entityTag, out page!);

    /// <summary>Keeps the page while there is room; returns the kept page, or one that is sent once when the store is full.</summary>
    public EncodedBody Add(string entityTag, byte[] html)
    {
        if (_pages.Count < MaxPages)
        {
            return _pages.GetOrAdd(entityTag, static (tag, bytes) => new EncodedBody(bytes, tag), html);
        }

        return _pages.TryGetValue(entityTag, out var existing) ? existing : new EncodedBody(html, entityTag, sentOnce: true);
    }
}
