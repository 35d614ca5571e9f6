using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Values kept per segment and field, keyed weakly by the segment's core (shared by every reader of the segment,
/// deletions or not), so they go when the segment is merged away.
/// </summary>
internal sealed class SegmentFieldCache<T>(Func<AtomicReader, string, T> load)
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, T>> _segments = new();

    public T Get(AtomicReader reader, string field) =>
        _segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal))
            .GetOrAdd(field, static (name, state) => state.Load(state.Reader, name), (Load: load, Reader: reader));
}
