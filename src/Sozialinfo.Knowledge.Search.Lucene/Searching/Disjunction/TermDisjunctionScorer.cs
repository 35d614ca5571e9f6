using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// Scores a <see cref="TermDisjunction"/> term at a time into per-document accumulators that are pooled, so a search
/// allocates next to nothing per segment. Sums are taken as Lucene's BooleanScorer takes them (double sums of
/// float clause scores, clauses in reverse order, each level cast to float, then the coord factor), so scores,
/// ties and pages equal Lucene's to the bit.
/// </summary>
internal static class TermDisjunctionScorer
{
    /// <summary>
    /// Feeds every document of each segment that matches a word and that <paramref name="filter"/> (random access,
    /// see <see cref="FilterCache"/>) and the live documents accept into <paramref name="collector"/>, out of order.
    /// </summary>
    /// <returns>False when <paramref name="timeLimit"/> passed first (checked per segment and word); the segments
    /// done by then are collected.</returns>
    public static bool Search(IndexSearcher searcher, TermDisjunction query, Filter filter, ICollector collector, FacetCollector? facets = null, TimeSpan? timeLimit = null)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = timeLimit is { } limit ? started + (long)(limit.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var scratch = DisjunctionScratch.Rent();
        try
        {
            var current = new CurrentHit();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    return false;
                }

                if (!FilteredSearch.TryAccepted(filter, leaf, out var accepted))
                {
                    continue;
                }

                collector.SetNextReader(leaf);
                collector.SetScorer(current);
                facets?.SetNextReader(leaf);
                try
                {
                    if (!ScoreSegment(leaf, accepted, query, scratch.For(leaf.AtomicReader.MaxDoc), collector, facets, current, deadline))
                    {
                        return false;
                    }
                }
                catch (CollectionTerminatedException)
                {
                    // A collector may stop a segment early; go on with the next one, as IndexSearcher does.
                }
            }

            return true;
        }
        finally
        {
            DisjunctionScratch.Return(scratch);
        }
    }

    private static bool ScoreSegment(
        AtomicReaderContext leaf, IBits? accepted, TermDisjunction query, DisjunctionScratch scratch, ICollector collector, FacetCollector? facets, CurrentHit current, long deadline)
    {
        var (wordSums, sums, matchedWords, wordDocs, touched) = (scratch.WordSums, scratch.Sums, scratch.MatchedWords, scratch.WordDocs, scratch.Touched);
        var touchedCount = 0;
        var wordCount = 0;
        try
        {
            // BooleanScorer keeps its clauses in a list it prepends to, so it adds them up last clause first.
            for (var word = query.Words.Count - 1; word >= 0; word--)
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    return false;
                }

                var stamp = word + 1;
                wordCount = 0;
                var terms = query.Words[word].Terms;
                for (var clause = terms.Count - 1; clause >= 0; clause--)
                {
                    var term = terms[clause];
                    if (term.States.Get(leaf.Ord) is not { } state || query.States.Cursor(leaf.Ord, term.FieldIndex) is not { } cursor)
                    {
                        continue;
                    }

                    cursor.Terms.SeekExact(term.Term.Bytes, state);
                    var postings = cursor.Postings = cursor.Terms.Docs(accepted, cursor.Postings, DocsFlags.FREQS);
                    wordCount = query.DefaultNormTable is { } normTable && term.DefaultValue is { } value
                        && SegmentNorms.For(leaf.AtomicReader, term.Term.Field) is { } norms
                            ? Accumulate(postings, new InlineDefaultScore(value, normTable, norms), scratch, stamp, wordCount)
                            : Accumulate(postings, new SimilarityScore(query.Similarity.GetSimScorer(term.Weight, leaf)), scratch, stamp, wordCount);
                }

                for (var index = 0; index < wordCount; index++)
                {
                    var doc = wordDocs[index];
                    if (matchedWords[doc]++ == 0)
                    {
                        touched[touchedCount++] = doc;
                    }

                    sums[doc] += (float)wordSums[doc];
                    wordSums[doc] = 0;
                }
            }

            var coord = query.CoordFactors;
            for (var index = 0; index < touchedCount; index++)
            {
                var doc = touched[index];
                current.Doc = doc;
                current.Score = (float)(sums[doc] * coord[matchedWords[doc]]);
                current.Words = matchedWords[doc];
                collector.Collect(doc);
            }

            facets?.CollectAll(touched.AsSpan(0, touchedCount), leaf.AtomicReader.MaxDoc);
            return true;
        }
        finally
        {
            // Only these entries were written (the word's own ones too, should a word have been cut short);
            // clearing them leaves the pooled arrays all zero again.
            scratch.Clear(touched, touchedCount, wordDocs, wordCount);
        }
    }

    /// <summary>
    /// Adds one clause's score of every posting to its document's word sum and lists the documents the word meets
    /// for the first time; returns the word's new document count. Generic over a struct so the JIT compiles the
    /// inline DefaultSimilarity loop without a call per posting.
    /// </summary>
    private static int Accumulate<TScore>(DocsEnum postings, TScore score, DisjunctionScratch scratch, int stamp, int wordCount)
        where TScore : struct, ITermScore
    {
        var (wordSums, lastWord, wordDocs) = (scratch.WordSums, scratch.LastWord, scratch.WordDocs);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            wordSums[doc] += score.Score(doc, postings.Freq);
            if (lastWord[doc] != stamp)
            {
                lastWord[doc] = stamp;
                wordDocs[wordCount++] = doc;
            }
        }

        return wordCount;
    }

    private interface ITermScore
    {
        float Score(int doc, int freq);
    }

    /// <summary>DefaultSimilarity inline: tf × value × decoded norm, as ExactTFIDFDocScorer computes it.</summary>
    private readonly struct InlineDefaultScore(float value, float[] normTable, byte[] norms) : ITermScore
    {
        public float Score(int doc, int freq) => DefaultScoring.Tf(freq) * value * normTable[norms[doc]];
    }

    /// <summary>Any other similarity, through its scorer.</summary>
    private readonly struct SimilarityScore(Similarity.SimScorer scorer) : ITermScore
    {
        public float Score(int doc, int freq) => scorer.Score(doc, freq);
    }

    /// <summary>The document being collected, as the collector's scorer sees it.</summary>
    private sealed class CurrentHit() : Scorer(null)
    {
        public int Doc { get; set; } = -1;

        public float Score { get; set; }

        public int Words { get; set; }

        public override int DocID => Doc;

        public override int Freq => Words;

        public override float GetScore() => Score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
