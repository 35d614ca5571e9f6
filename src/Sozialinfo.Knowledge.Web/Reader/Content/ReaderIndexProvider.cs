using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// Hands out the <see cref="ReaderIndex"/> of the current published snapshot, building a new one when a publish has
/// swapped the snapshot. Two requests racing after a publish may both build it; the loser's copy is dropped.
/// </summary>
internal sealed class ReaderIndexProvider(PublishedContentCache cache, ReaderQueries queries)
{
    private ReaderIndex? _current;

    public ReaderIndex Current
    {
        get
        {
            var snapshot = cache.Published;
            var index = Volatile.Read(ref _current);
            if (index is null || !ReferenceEquals(index.Snapshot, snapshot))
            {
                index = new ReaderIndex(snapshot, queries);
                Volatile.Write(ref _current, index);
            }

            return index;
        }
    }
}
