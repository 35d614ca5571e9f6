using System.Collections.Concurrent;
using Microsoft.Net.Http.Headers;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// The serialised default-shape items of one snapshot. It lives exactly as long as its snapshot (see
/// <see cref="ItemBodyCache"/>), so a publish invalidates it without any bookkeeping. Only items that exist are
/// cached, so unknown keys cannot grow it: at most items × 15 culture lists.
/// </summary>
internal sealed class SnapshotResponses(ContentSnapshot snapshot, DateTimeOffset firstServed)
{
    private readonly ConcurrentDictionary<(Guid Key, CulturePreference Cultures), CachedItem> _items = new();
    private string? _lastModifiedHeader;

    public ContentSnapshot Snapshot { get; } = snapshot;

    /// <summary>
    /// Last-Modified of every response from this snapshot: when this process first served it, never earlier than
    /// the newest update in it. Content dates alone would miss an unpublish (it removes the newest date), so
    /// If-Modified-Since could answer 304 for a changed list.
    /// </summary>
    public DateTimeOffset LastModified { get; } = firstServed > snapshot.LastModified ? firstServed : snapshot.LastModified;

    /// <summary>The Last-Modified header value (whole seconds, RFC 1123), formatted once.</summary>
    public string LastModifiedHeader => _lastModifiedHeader ??= HeaderUtilities.FormatDate(DateTimeOffset.FromUnixTimeSeconds(LastModified.ToUnixTimeSeconds()));

    public bool TryGet(Guid key, CulturePreference cultures, out CachedItem item) =>
        _items.TryGetValue((key, cultures), out item!);

    public CachedItem Add(Guid key, CulturePreference cultures, CachedItem item) =>
        _items.GetOrAdd((key, cultures), item);
}
