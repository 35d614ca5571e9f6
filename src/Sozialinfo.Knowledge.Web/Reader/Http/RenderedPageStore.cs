using System.Collections.Concurrent;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// Rendered pages of one snapshot, keyed by their ETag. The ETag names exactly one representation (build, snapshot
/// version, item and, where it matters, the event timeline), so a stored page is served until the tag changes. Lives
/// in the snapshot's <see cref="Content.ReaderIndex"/> and goes with it.
/// </summary>
internal sealed class RenderedPageStore
{
    // The seed has ~40 pages; a bound keeps a huge site or a flood of distinct tags from growing memory without limit.
    private const int MaxPages = 4096;

    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string entityTag, out byte[] html) => _pages.TryGetValue(entityTag, out html!);

    public void Add(string entityTag, byte[] html)
    {
        if (_pages.Count < MaxPages)
        {
            _pages.TryAdd(entityTag, html);
        }
    }
}
