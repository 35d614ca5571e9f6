using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// Scores a rescoring query (an OR of term clauses and sloppy phrases, nested at most one level, as
/// <see cref="ContentQueryBuilder.BuildForSearch"/> builds the tie breakers) at the given hits only, with pooled
/// <see cref="TermCursor"/>s. Weights and the query norm are Lucene's (<see cref="Similarity.ComputeWeight"/>);
/// a sloppy phrase's frequency follows Lucene's SloppyPhraseScorer (phrases without repeated terms). Why: Lucene's
/// weights and scorers open new enumerators per term, field and segment, and each clones an index input (see
/// <see cref="TermCursor"/>); for a two-word search that was a third of its time.
/// </summary>
internal static class PooledRescorer
{
    /// <summary>The extra score of each hit (same order as <paramref name="docs"/>, which are top-level doc ids); null when the query has another shape.</summary>
    public static float[]? Score(IndexSearcher searcher, Query query, int[] docs)
    {
        if (Node.Of(searcher.Rewrite(query), depth: 0) is not { } root)
        {
            return null;
        }

        var leaves = root.Leaves().ToList();
        var fields = leaves.SelectMany(l => l.Terms).Select(t => t.Field).Distinct(StringComparer.Ordinal).ToList();
        using var states = TermStates.Build(searcher, fields, leaves.SelectMany(l => l.Terms));
        var similarity = searcher.Similarity;
        foreach (var leaf in leaves)
        {
            leaf.Weight = similarity.ComputeWeight(leaf.Boost, searcher.CollectionStatistics(leaf.Field), [.. leaf.Terms.Select(t => searcher.TermStatistics(t, states.Context(t)))]);
            leaf.FieldIndex = fields.IndexOf(leaf.Field);
        }

        var norm = similarity.QueryNorm(root.ValueForNormalization());
        root.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);

        var extra = new float[docs.Length];
        var order = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();
        var segments = searcher.IndexReader.Leaves;
        var start = 0;
        while (start < order.Length)
        {
            var segment = segments[ReaderUtil.SubIndex(docs[order[start]], segments)];
            var end = start;
            while (end < order.Length && docs[order[end]] < segment.DocBase + segment.AtomicReader.MaxDoc)
            {
                end++;
            }

            var local = order[start..end].Select(i => docs[i] - segment.DocBase).ToArray();
            var scores = new double[local.Length];
            root.ScoreInto(segment, states, similarity, local, scores);
            for (var index = start; index < end; index++)
            {
                extra[order[index]] = (float)scores[index - start];
            }

            start = end;
        }

        return extra;
    }

    /// <summary>A clause of the rescoring query: an OR level, a term or a sloppy phrase.</summary>
    private abstract class Node(float boost)
    {
        public float Boost { get; } = boost;

        public static Node? Of(Query query, int depth) => query switch
        {
            TermQuery term => new LeafNode([term.Term], [0], slop: -1, term.Boost),
            PhraseQuery phrase when phrase.Slop > 0 && phrase.GetTerms().Length >= 2
                && phrase.GetTerms().Select(t => t.Field).Distinct(StringComparer.Ordinal).Count() == 1
                && phrase.GetTerms().Distinct().Count() == phrase.GetTerms().Length =>
                new LeafNode(phrase.GetTerms(), phrase.GetPositions(), phrase.Slop, phrase.Boost),
            BooleanQuery boolean when depth < 2 && boolean.CoordDisabled && boolean.MinimumNumberShouldMatch == 0
                && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD) =>
                OrNode.Of(boolean, depth),
            _ => null,
        };

        public abstract IEnumerable<LeafNode> Leaves();

        public abstract float ValueForNormalization();

        public abstract void Normalize(float norm, float topLevelBoost);

        /// <summary>Adds this clause's score at each of the segment's <paramref name="docs"/> (ascending) to <paramref name="scores"/>.</summary>
        public abstract void ScoreInto(AtomicReaderContext segment, TermStates states, Similarity similarity, int[] docs, double[] scores);
    }

    private sealed class OrNode(IReadOnlyList<Node> children, float boost) : Node(boost)
    {
        public static OrNode? Of(BooleanQuery boolean, int depth)
        {
            var children = boolean.Clauses.Select(c => Node.Of(c.Query, depth + 1)).ToList();
            return children.Any(c => c is null) ? null : new OrNode(children!, boolean.Boost);
        }

        public override IEnumerable<LeafNode> Leaves() => children.SelectMany(c => c.Leaves());

        public override float ValueForNormalization()
        {
            var sum = 0f;
            foreach (var child in children)
            {
                sum += child.ValueForNormalization();
            }

            return sum * (Boost * Boost);
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= Boost;
            foreach (var child in children)
            {
                child.Normalize(norm, topLevelBoost);
            }
        }

        public override void ScoreInto(AtomicReaderContext segment, TermStates states, Similarity similarity, int[] docs, double[] scores)
        {
            // Each level's sum is cast to float, as a boolean scorer hands its score up.
            var own = new double[docs.Length];
            foreach (var child in children)
            {
                child.ScoreInto(segment, states, similarity, docs, own);
            }

            for (var index = 0; index < docs.Length; index++)
            {
                scores[index] += (float)own[index];
            }
        }
    }

    /// <summary>A term (slop -1) or a sloppy phrase of distinct terms in one field.</summary>
    private sealed class LeafNode(Term[] terms, int[] positions, int slop, float boost) : Node(boost)
    {
        public Term[] Terms { get; } = terms;

        public string Field => Terms[0].Field;

        public Similarity.SimWeight? Weight { get; set; }

        public int FieldIndex { get; set; }

        public override IEnumerable<LeafNode> Leaves() => [this];

        public override float ValueForNormalization() => Weight!.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => Weight!.Normalize(norm, topLevelBoost);

        public override void ScoreInto(AtomicReaderContext segment, TermStates states, Similarity similarity, int[] docs, double[] scores)
        {
            var termStates = Array.ConvertAll(Terms, t => states.Context(t).Get(segment.Ord));
            if (states.Cursor(segment.Ord, FieldIndex) is not { } cursor || Array.Exists(termStates, s => s is null))
            {
                return; // a term missing in this segment: neither the term nor the phrase matches here
            }

            var scorer = similarity.GetSimScorer(Weight!, segment);
            var live = segment.AtomicReader.LiveDocs;
            if (slop < 0)
            {
                cursor.Terms.SeekExact(Terms[0].Bytes, termStates[0]);
                var postings = cursor.Postings = cursor.Terms.Docs(live, cursor.Postings, DocsFlags.FREQS);
                for (var index = 0; index < docs.Length; index++)
                {
                    if (HitRescorer.AdvanceTo(postings, docs[index]))
                    {
                        scores[index] += scorer.Score(docs[index], postings.Freq);
                    }
                }

                return;
            }

            var enums = new DocsAndPositionsEnum[Terms.Length];
            for (var term = 0; term < Terms.Length; term++)
            {
                cursor.Terms.SeekExact(Terms[term].Bytes, termStates[term]);
                if (cursor.Terms.DocsAndPositions(live, cursor.ReusablePositions(term), DocsAndPositionsFlags.NONE) is not { } positionsEnum)
                {
                    return; // indexed without positions: no phrase can match
                }

                enums[term] = cursor.KeepPositions(term, positionsEnum);
            }

            var phrase = new PhrasePositions(enums, positions);
            for (var index = 0; index < docs.Length; index++)
            {
                if (AllAt(enums, docs[index]))
                {
                    var freq = phrase.SloppyFrequency(slop, scorer);
                    if (freq > 0)
                    {
                        scores[index] += scorer.Score(docs[index], freq);
                    }
                }
            }
        }

        private static bool AllAt(DocsAndPositionsEnum[] enums, int doc)
        {
            foreach (var positions in enums)
            {
                if (!HitRescorer.AdvanceTo(positions, doc))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The terms of one sloppy phrase in one segment, with a queue reused for every document.</summary>
    private sealed class PhrasePositions(DocsAndPositionsEnum[] enums, int[] offsets)
    {
        private readonly PhrasePosition[] _positions = [.. enums.Select((postings, ord) => new PhrasePosition(postings, offsets[ord], ord))];
        private readonly PriorityQueue<PhrasePosition, (int Position, int Offset, int Ord)> _queue = new(enums.Length);

        /// <summary>
        /// Lucene's SloppyPhraseScorer.PhraseFreq for distinct terms at the enumerators' current document: walk the
        /// phrase positions in order, keep the shortest span that ends at the current furthest position, and count
        /// each span within the slop by its slop factor.
        /// </summary>
        public float SloppyFrequency(int slop, Similarity.SimScorer scorer)
        {
            _queue.Clear();
            var end = int.MinValue;
            foreach (var position in _positions)
            {
                position.First();
                end = Math.Max(end, position.Position);
                _queue.Enqueue(position, position.Key);
            }

            var freq = 0f;
            var current = _queue.Dequeue();
            var matchLength = end - current.Position;
            var next = _queue.Peek().Position;
            while (current.Next())
            {
                end = Math.Max(end, current.Position);
                if (current.Position > next)
                {
                    if (matchLength <= slop)
                    {
                        freq += scorer.ComputeSlopFactor(matchLength);
                    }

                    _queue.Enqueue(current, current.Key);
                    current = _queue.Dequeue();
                    next = _queue.Peek().Position;
                    matchLength = end - current.Position;
                }
                else if (end - current.Position < matchLength)
                {
                    matchLength = end - current.Position;
                }
            }

            if (matchLength <= slop)
            {
                freq += scorer.ComputeSlopFactor(matchLength);
            }

            return freq;
        }
    }

    /// <summary>One phrase term's positions in the current document, shifted by its offset in the phrase.</summary>
    private sealed class PhrasePosition(DocsAndPositionsEnum postings, int offset, int ord)
    {
        private int _left;

        public int Position { get; private set; }

        public (int Position, int Offset, int Ord) Key => (Position, offset, ord);

        public void First()
        {
            _left = postings.Freq;
            Next();
        }

        public bool Next()
        {
            if (_left-- <= 0)
            {
                return false;
            }

            Position = postings.NextPosition() - offset;
            return true;
        }
    }
}
