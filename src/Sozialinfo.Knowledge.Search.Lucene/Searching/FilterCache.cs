using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Keeps each distinct filter's matching documents as a bit set per segment (Solr's filter cache). Why: a
/// <see cref="QueryWrapperFilter"/> is re-run on every search and gives no random access, so Lucene must leap-frog
/// the culture postings against the query's; a cached bit set is applied as "accepted docs" while scoring, which
/// lets the fast out-of-order boolean scorer run. Segments are keyed weakly by Lucene, so entries of merged-away
/// segments are collected; deletions are applied at search time, so a cached set never shows a deleted document.
/// </summary>
internal static class FilterCache
{
    /// <summary>Distinct filters kept; past this the cache starts over (filters are few: culture x facet selections).</summary>
    private const int MaxFilters = 256;

    private static readonly ConcurrentDictionary<string, Filter> Filters = new(StringComparer.Ordinal);

    public static Filter Cached(Filter filter)
    {
        var key = filter.ToString()!;
        if (Filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Filters.Count >= MaxFilters)
        {
            Filters.Clear();
        }

        return Filters.GetOrAdd(key, new BitSetCachingFilter(filter));
    }

    /// <summary>Caches a <see cref="FixedBitSet"/> (random access) instead of Lucene's default compressed set (iteration only).</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
