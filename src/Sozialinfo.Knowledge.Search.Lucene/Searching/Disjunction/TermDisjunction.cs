using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// A rewritten query that is an OR of words, each word an OR of term clauses (the shape of every reader's search
/// without quotes or typos), with its term statistics and normalized similarity weights: the same numbers Lucene's
/// <c>IndexSearcher.CreateNormalizedWeight</c> computes, so <see cref="TermDisjunctionScorer"/> gives Lucene's scores.
/// Why not let Lucene's BooleanScorer run it: that scorer allocates a table of 2,048 buckets per boolean level and
/// segment (0.7 MB per search here), and those allocations, not the scoring, made the slow tail (p95) of searches.
/// </summary>
internal sealed class TermDisjunction : IDisposable
{
    /// <summary>Matched words are counted per document in a byte; more words go through Lucene's own scorer.</summary>
    public const int MaxWords = 64;

    private TermDisjunction(IReadOnlyList<DisjunctionWord> words, float[] coordFactors, Similarity similarity, TermStates states)
    {
        Words = words;
        CoordFactors = coordFactors;
        Similarity = similarity;
        States = states;
    }

    /// <summary>The words in clause order.</summary>
    public IReadOnlyList<DisjunctionWord> Words { get; }

    /// <summary>The top level's factor per number of matched words (Lucene's coord; all 1 when coord is off).</summary>
    public float[] CoordFactors { get; }

    public Similarity Similarity { get; }

    /// <summary>Lucene's norm decoding table when the similarity is <see cref="DefaultSimilarity"/> (scored inline); null otherwise.</summary>
    public float[]? DefaultNormTable { get; private init; }

    /// <summary>The terms' states per segment and one pooled cursor per segment and field; disposing the disjunction gives the cursors back.</summary>
    public TermStates States { get; }

    public void Dispose() => States.Dispose();

    /// <summary>
    /// The disjunction for <paramref name="query"/> after rewriting, or null when its shape is anything else
    /// (phrases, typo expansions, required clauses, a minimum to match, deeper nesting): those run through Lucene.
    /// </summary>
    public static TermDisjunction? TryCreate(IndexSearcher searcher, Query query)
    {
        // Rewriting expands fuzzy and prefix queries against the terms index; only plain trees are worth it here,
        // or a typo search would pay for its expansion twice.
        if (!IsTermTree(query, depth: 0) || Shape.Of(searcher.Rewrite(query)) is not { } shape)
        {
            return null;
        }

        var fields = shape.Words.SelectMany(w => w.Terms).Select(t => t.Term.Field).Distinct(StringComparer.Ordinal).ToList();
        var states = TermStates.Build(searcher, fields, shape.Words.SelectMany(w => w.Terms).Select(t => t.Term));
        try
        {
            return Create(searcher, shape, fields, states);
        }
        catch
        {
            states.Dispose();
            throw;
        }
    }

    private static bool IsTermTree(Query query, int depth) => query switch
    {
        TermQuery => true,
        BooleanQuery boolean => depth < 2 && boolean.Clauses.All(c => IsTermTree(c.Query, depth + 1)),
        _ => false,
    };

    private static TermDisjunction Create(IndexSearcher searcher, Shape shape, List<string> fields, TermStates states)
    {
        var similarity = searcher.Similarity;
        var collectionStatistics = fields.ToDictionary(f => f, searcher.CollectionStatistics, StringComparer.Ordinal);
        var weights = shape.Words.Select(word => word.Terms.Select(t =>
            similarity.ComputeWeight(t.Boost, collectionStatistics[t.Term.Field], searcher.TermStatistics(t.Term, states.Context(t.Term)))).ToList()).ToList();

        // As BooleanWeight and IndexSearcher do it: sums of squared weights per level times the level's boost
        // squared, one query norm for all, then each leaf normalized with the product of the boosts above it.
        var sum = 0f;
        for (var word = 0; word < shape.Words.Count; word++)
        {
            var wordSum = 0f;
            weights[word].ForEach(w => wordSum += w.GetValueForNormalization());
            if (shape.Words[word].Boost is { } wordBoost)
            {
                wordSum *= wordBoost * wordBoost;
            }

            sum += wordSum;
        }

        sum *= shape.Boost * shape.Boost;
        var norm = similarity.QueryNorm(sum);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        var words = new List<DisjunctionWord>(shape.Words.Count);
        for (var word = 0; word < shape.Words.Count; word++)
        {
            var boost = 1f * shape.Boost;
            if (shape.Words[word].Boost is { } wordBoost)
            {
                boost *= wordBoost;
            }

            weights[word].ForEach(w => w.Normalize(norm, boost));
            words.Add(new DisjunctionWord([.. shape.Words[word].Terms.Select((t, index) =>
                new DisjunctionTerm(t.Term, fields.IndexOf(t.Term.Field), states.Context(t.Term), weights[word][index])
                {
                    DefaultValue = similarity is DefaultSimilarity defaults && DefaultScoring.Applies(similarity)
                        ? DefaultScoring.Value(defaults, states.Context(t.Term).DocFreq, collectionStatistics[t.Term.Field].MaxDoc, t.Boost, norm, boost)
                        : null,
                })]));
        }

        var coord = new float[shape.Words.Count + 1];
        for (var matched = 0; matched < coord.Length; matched++)
        {
            // BooleanWeight.Coord: a single clause never scales.
            coord[matched] = shape.CoordDisabled || shape.Words.Count == 1 ? 1f : similarity.Coord(matched, shape.Words.Count);
        }

        var normTable = similarity is DefaultSimilarity defaultSimilarity && DefaultScoring.Applies(similarity) ? DefaultScoring.NormTable(defaultSimilarity) : null;
        return new TermDisjunction(words, coord, similarity, states) { DefaultNormTable = normTable };
    }

    /// <summary>The query tree reduced to words of boosted terms; a null word boost means the word is a bare term clause.</summary>
    private sealed record Shape(IReadOnlyList<ShapeWord> Words, float Boost, bool CoordDisabled)
    {
        public static Shape? Of(Query query) => query switch
        {
            TermQuery term => new Shape([new ShapeWord([(term.Term, term.Boost)], null)], 1f, CoordDisabled: true),
            BooleanQuery boolean when IsPlainOr(boolean) && boolean.Clauses.Count <= MaxWords && ReadWords(boolean) is { } words =>
                new Shape(words, boolean.Boost, boolean.CoordDisabled),
            _ => null,
        };

        private static bool IsPlainOr(BooleanQuery boolean) =>
            boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD);

        private static List<ShapeWord>? ReadWords(BooleanQuery boolean)
        {
            var words = new List<ShapeWord>(boolean.Clauses.Count);
            foreach (var clause in boolean.Clauses)
            {
                switch (clause.Query)
                {
                    case TermQuery term:
                        words.Add(new ShapeWord([(term.Term, term.Boost)], null));
                        break;

                    // A word's own level must not scale by coord: its sum is what the top level adds up.
                    case BooleanQuery word when IsPlainOr(word) && word.CoordDisabled && word.Clauses.All(c => c.Query is TermQuery):
                        words.Add(new ShapeWord([.. word.Clauses.Select(c => (((TermQuery)c.Query).Term, c.Query.Boost))], word.Boost));
                        break;
                    default:
                        return null;
                }
            }

            return words;
        }
    }

    private sealed record ShapeWord(IReadOnlyList<(Term Term, float Boost)> Terms, float? Boost);
}

/// <summary>One word of a <see cref="TermDisjunction"/>: its term clauses in clause order.</summary>
internal sealed record DisjunctionWord(IReadOnlyList<DisjunctionTerm> Terms);

/// <summary>A term clause: its field's index in <see cref="TermStates"/>, its per-segment states and its normalized similarity weight.</summary>
internal sealed record DisjunctionTerm(Term Term, int FieldIndex, TermContext States, Similarity.SimWeight Weight)
{
    /// <summary>The clause's normalized weight value under <see cref="DefaultSimilarity"/>; null under any other similarity.</summary>
    public float? DefaultValue { get; init; }
}
