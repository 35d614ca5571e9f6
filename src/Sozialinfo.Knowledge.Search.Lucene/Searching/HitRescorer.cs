using System.Diagnostics;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Adds a second query's score to hits that match it and re-sorts them (best first, then document order). Lucene's
/// own QueryRescorer throws a NullReferenceException in Lucene.Net 4.8.0-beta00017, hence this small version.
/// Rescoring queries of terms and sloppy phrases (the tie breakers of a reader's search) are scored by
/// <see cref="PooledRescorer"/>; any other query by Lucene's weights.
/// </summary>
internal static class HitRescorer
{
    /// <summary>The hits rescored, or as they are (cutShort) when <paramref name="deadline"/> (a Stopwatch timestamp) passes first.</summary>
    public static (ScoreDoc[] Hits, bool CutShort) Rescore(IndexSearcher searcher, ScoreDoc[] hits, Query query, long deadline = long.MaxValue)
    {
        if (hits.Length == 0)
        {
            return (hits, false);
        }

        if (Stopwatch.GetTimestamp() > deadline)
        {
            return (hits, true);
        }

        if (PooledRescorer.Score(searcher, query, Array.ConvertAll(hits, h => h.Doc)) is { } extras)
        {
            var pooled = new ScoreDoc[hits.Length];
            for (var hit = 0; hit < hits.Length; hit++)
            {
                pooled[hit] = new ScoreDoc(hits[hit].Doc, hits[hit].Score + extras[hit]);
            }

            return (Sorted(pooled), false);
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new ScoreDoc[hits.Length];
        var leafIndex = -1;
        var leafEnd = 0;
        var docBase = 0;
        Scorer? scorer = null;
        var index = 0;
        foreach (var hit in hits.OrderBy(h => h.Doc))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                return (hits, true);
            }

            if (hit.Doc >= leafEnd)
            {
                // Only segments holding a hit get a scorer: creating one seeks every term of the query.
                while (hit.Doc >= leafEnd)
                {
                    leafIndex++;
                    docBase = leaves[leafIndex].DocBase;
                    leafEnd = docBase + leaves[leafIndex].AtomicReader.MaxDoc;
                }

                scorer = weight.GetScorer(leaves[leafIndex], leaves[leafIndex].AtomicReader.LiveDocs);
            }

            var target = hit.Doc - docBase;
            var extra = scorer is not null && AdvanceTo(scorer, target) ? scorer.GetScore() : 0f;
            rescored[index++] = new ScoreDoc(hit.Doc, hit.Score + extra);
        }

        return (Sorted(rescored), false);
    }

    /// <summary>Moves <paramref name="iterator"/> forward to <paramref name="doc"/> (never back); true when it stands on it.</summary>
    public static bool AdvanceTo(DocIdSetIterator iterator, int doc)
    {
        var current = iterator.DocID;
        if (current < doc)
        {
            current = iterator.Advance(doc);
        }

        return current == doc;
    }

    private static ScoreDoc[] Sorted(ScoreDoc[] rescored)
    {
        Array.Sort(rescored, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return rescored;
    }
}
