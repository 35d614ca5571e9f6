using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Runs a query with a filter applied as "accepted documents" (the filter's cached bits AND the live docs) instead
/// of <see cref="FilteredQuery"/>. Why: Lucene.Net's FilteredQuery scores in document order even with a
/// random-access filter, which costs about three times the unfiltered query on a 10,000-document index; passing
/// the bits down lets the out-of-order boolean scorer skip non-matching documents while it reads the postings.
/// </summary>
internal static class FilteredSearch
{
    /// <summary>Scores <paramref name="query"/> into <paramref name="collector"/> over the documents <paramref name="filter"/> accepts; the filter must offer random access, as <see cref="FilterCache"/> gives.</summary>
    public static void Search(IndexSearcher searcher, Query query, Filter filter, ICollector collector)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Null: no document of this segment passes the filter.
            if (filter.GetDocIdSet(leaf, acceptDocs: null) is not { } matching)
            {
                continue;
            }

            var bits = matching.Bits ?? throw new InvalidOperationException("The filter gives no random access.");
            collector.SetNextReader(leaf);
            try
            {
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, Combine(bits, leaf.AtomicReader.LiveDocs))?.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // A collector may stop a segment early; go on with the next one, as IndexSearcher does.
            }
        }
    }

    /// <summary>The filter's bits AND the live documents (<paramref name="live"/> null: no deletions); null when every document is accepted.</summary>
    public static IBits? Combine(IBits filter, IBits? live) => filter switch
    {
        // A filter that keeps the whole segment (one culture, no facet selected) costs nothing: postings then check
        // only the deletions, or nothing at all, instead of two bit sets per posting.
        FixedBitSet all when all.Cardinality == all.Length => live,
        _ when live is null => filter,
        _ => new BothBits(filter, live),
    };

    private sealed class BothBits(IBits first, IBits second) : IBits
    {
        public int Length => first.Length;

        public bool Get(int index) => first.Get(index) && second.Get(index);
    }
}
