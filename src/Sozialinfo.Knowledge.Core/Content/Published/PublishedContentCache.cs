namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>
/// Holds the current published and preview snapshots. Readers take one reference and work on it; a publish swaps
/// both in one atomic write, so no reader sees a mix of old and new content.
/// </summary>
public sealed class PublishedContentCache
{
    private SnapshotPair _current = new(ContentSnapshot.Empty, ContentSnapshot.Empty);

    public ContentSnapshot Published => Volatile.Read(ref _current).Published;

    public ContentSnapshot Preview => Volatile.Read(ref _current).Preview;

    /// <summary>True once the first snapshot from the store is in place.</summary>
    public bool IsReady => Volatile.Read(ref _current).Published.Version > 0;

    public ContentSnapshot Get(bool preview) => preview ? Preview : Published;

    public void Replace(ContentSnapshot published, ContentSnapshot preview) =>
        Volatile.Write(ref _current, new SnapshotPair(published, preview));

    private sealed record SnapshotPair(ContentSnapshot Published, ContentSnapshot Preview);
}
