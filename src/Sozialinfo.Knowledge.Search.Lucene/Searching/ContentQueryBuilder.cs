using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Synonyms;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Builds the Lucene query for user text programmatically (no query parser, so no syntax errors): every word is a
/// SHOULD clause over the weighted text fields with its compound parts (in a reader's search, a word no text contains
/// is replaced by its closest indexed word, see <see cref="TypoCorrections"/>); quoted phrases are MUST
/// phrase clauses; several words earn a proximity bonus when they stand close together. Lucene's coord factor
/// ranks documents matching more of the words higher.
/// </summary>
internal static class ContentQueryBuilder
{
    /// <summary>
    /// How many words of one query may be looked up as typos. Why a cap: each lookup runs a Levenshtein automaton over
    /// the vocabulary, and a query of random letters would otherwise pay for every word; a reader rarely mistypes
    /// more than a few words of one question. The further unknown words still count as words (they lower coord).
    /// </summary>
    public const int MaxCorrectedWords = 3;

    /// <summary>
    /// How many words (after stop words) the proximity bonus looks at: the first ones, where a question's subject
    /// stands. Why a cap: a sloppy phrase's cost grows with its terms times their postings, and 20 words found in
    /// every article made one rescoring take half a second; more words standing close add nothing to the order.
    /// </summary>
    public const int MaxProximityWords = 6;

    // Shared by every word without synonyms; never written to.
    private static readonly List<SynonymAlternative> NoAlternatives = [];

    private static readonly string[] KnownWordFields = [.. FieldWeights.Text.Select(f => f.Field).OrderBy(f => f == ContentIndexFields.Body ? 0 : 1)];

    public static Query? Build(Analyzer analyzer, IndexReader reader, UserQueryText text) =>
        Build(analyzer, reader, text, SynonymTable.Empty, FieldWeights.ProximityFields, tieBreakers: null, typos: null);

    /// <summary>
    /// The query of a reader's search: as <see cref="Build(Analyzer, IndexReader, UserQueryText)"/>, but the clauses
    /// that only order the best hits come back apart, to rescore just those: the proximity bonus and the compound
    /// parts of known words. Why: both read long postings for every matching document (a sloppy phrase reads
    /// positions; "daten" in "Datenschutz" is in most leads and headings), which for common words was most of a
    /// search's time: on 50,000 articles 5 of 7 ms for one word, and 6 of 9 ms of two words on 10,000 articles
    /// went to the body's proximity alone.
    /// </summary>
    /// <remarks>
    /// With <paramref name="synonyms"/>, a word (or sequence of words) that is a term of a group also matches the
    /// group's other terms, inside the word's own clause: coord then counts the word as found whichever term a text
    /// uses, and a text with both terms gains no more than its extra term scores. Synonyms of one word keep the
    /// query a plain OR of terms (the fast path); a synonym of several words is a phrase, which goes through Lucene.
    /// <para>
    /// A word no text contains is looked up in <paramref name="typos"/>' spelling field: when a close word exists, the
    /// query searches that word instead, weighted by <see cref="FieldWeights.Fuzzy"/> (so "Datenschuz" finds what
    /// "Datenschutz" finds, never more, and a term clause keeps the query on the fast path). Lookups stop at
    /// <see cref="MaxCorrectedWords"/> and at the deadline (<see cref="TypoLookup.CutShort"/> then says so).
    /// </para>
    /// </remarks>
    public static (Query? Matching, Query? Rescoring) BuildForSearch(Analyzer analyzer, IndexReader reader, UserQueryText text, SynonymTable synonyms, TypoLookup? typos = null)
    {
        var tieBreakers = new List<Query>();
        var matching = Build(analyzer, reader, text, synonyms, proximityFields: [], tieBreakers, typos);
        if (matching is null)
        {
            return (null, null);
        }

        if (ProximityQuery(analyzer, text, FieldWeights.ProximityFields) is { } near)
        {
            tieBreakers.Add(near);
        }

        var rescoring = new BooleanQuery(disableCoord: true);
        tieBreakers.ForEach(q => rescoring.Add(q, Occur.SHOULD));
        return (matching, rescoring.Clauses.Count == 0 ? null : rescoring);
    }

    /// <summary>The word, proximity and phrase clauses; <paramref name="tieBreakers"/> (when given) takes the compound parts of known words instead.</summary>
    private static BooleanQuery? Build(
        Analyzer analyzer,
        IndexReader reader,
        UserQueryText text,
        SynonymTable synonyms,
        IReadOnlyList<(string Field, float Boost)> proximityFields,
        List<Query>? tieBreakers,
        TypoLookup? typos)
    {
        var query = new BooleanQuery(disableCoord: false);
        var words = AnalyzeWords(analyzer, text);
        var alternatives = synonyms.IsEmpty || AnalyzedSynonyms.For(analyzer, synonyms) is not { IsEmpty: false } analyzed ? null : analyzed.Match(words.Select(w => (w.Tokens, w.Joined)).ToList());
        var typed = alternatives is null ? null : words.SelectMany(w => w.Tokens).Where(t => !t.IsPart).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        for (var word = 0; word < words.Count; word++)
        {
            var (tokens, _, typedWord) = words[word];
            var synonymsOfWord = alternatives?[word] ?? NoAlternatives;
            var known = tokens.Any(t => !t.IsPart && IsIndexed(reader, t.Term));
            var weight = 1f;
            if (!known && tokens.Count > 0 && synonymsOfWord.Count == 0 && typos?.Correct(typedWord) is { } correction)
            {
                // The closest word stands in for the typo, as a known word: its compound parts only break ties.
                tokens = QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, correction);
                known = true;
                weight = FieldWeights.Fuzzy;
            }

            if (WordQuery(tokens, known, weight, synonymsOfWord, typed, tieBreakers) is { } clause)
            {
                query.Add(clause, Occur.SHOULD);
            }
        }

        if (proximityFields.Count > 0 && ProximityQuery(analyzer, text, proximityFields) is { } near)
        {
            query.Add(near, Occur.SHOULD);
        }

        foreach (var phrase in text.Phrases)
        {
            if (PhraseQuery(analyzer, phrase, FieldWeights.Text, slop: 0) is { } clause)
            {
                clause.Boost = FieldWeights.Phrase;
                query.Add(clause, Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>
    /// The loose words, analysed. A hyphenated word counts as its parts plus the joined compound (marked), so coord
    /// rewards texts matching all of them.
    /// </summary>
    private static List<(IReadOnlyList<AnalyzedToken> Tokens, bool Joined, string Typed)> AnalyzeWords(Analyzer analyzer, UserQueryText text)
    {
        var words = new List<(IReadOnlyList<AnalyzedToken> Tokens, bool Joined, string Typed)>(text.Words.Count);
        foreach (var word in text.Words)
        {
            if (!word.Contains('-', StringComparison.Ordinal))
            {
                words.Add((QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, word), false, word));
                continue;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add((QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, part), false, part));
            }

            var joined = word.Replace("-", string.Empty, StringComparison.Ordinal);
            words.Add((QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, joined), true, joined));
        }

        return words;
    }

    private static BooleanQuery? WordQuery(
        IReadOnlyList<AnalyzedToken> tokens, bool known, float weight, List<SynonymAlternative> alternatives, HashSet<string>? typed, List<Query>? tieBreakers)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var partWeight = known ? FieldWeights.CompoundPartOfKnownWord : FieldWeights.CompoundPart;
        var clause = new BooleanQuery(disableCoord: true);
        foreach (var token in tokens.DistinctBy(t => (t.Term, t.IsPart)))
        {
            // Parts of a known word only break ties, so they skip the long body field (the costliest postings).
            foreach (var (field, boost) in FieldWeights.Text.Where(f => !(token.IsPart && known && f.Field == ContentIndexFields.Body)))
            {
                var term = new TermQuery(new Term(field, token.Term)) { Boost = (token.IsPart ? boost * partWeight : boost) * weight };
                if (token.IsPart && known && tieBreakers is not null)
                {
                    tieBreakers.Add(term);
                }
                else
                {
                    clause.Add(term, Occur.SHOULD);
                }
            }
        }

        if (alternatives.Count > 0)
        {
            AddSynonyms(clause, alternatives, typed);
        }

        return clause;
    }

    /// <summary>
    /// The word's synonyms as further SHOULD clauses of its own clause: one-word synonyms as term clauses over the
    /// text fields (the query stays a plain OR of terms), longer ones as phrases, each below the reader's own word.
    /// </summary>
    /// <remarks>
    /// A synonym made only of words the reader typed anyway adds nothing to find ("Beratung online" for "Online
    /// Beratung"): every text it matches has those words, and the proximity bonus already rewards them standing
    /// together in either order. Left out, it keeps such a query on the fast path (22 ms instead of 2.7 ms at
    /// 50,000 articles for two words in every article).
    /// </remarks>
    private static void AddSynonyms(BooleanQuery clause, List<SynonymAlternative> alternatives, HashSet<string>? typed)
    {
        foreach (var (form, weight) in alternatives.DistinctBy(a => a.Form.Key, StringComparer.Ordinal))
        {
            if (typed is not null && form.Terms.All(typed.Contains))
            {
                continue;
            }

            if (form.IsSingleTerm)
            {
                foreach (var (field, boost) in FieldWeights.Text)
                {
                    clause.Add(new TermQuery(new Term(field, form.Terms[0])) { Boost = boost * weight }, Occur.SHOULD);
                }

                continue;
            }

            var phrase = new BooleanQuery(disableCoord: true) { Boost = weight / (form.Terms.Length * form.Terms.Length) };
            foreach (var (field, boost) in FieldWeights.Text)
            {
                var query = new PhraseQuery { Boost = boost };
                for (var index = 0; index < form.Terms.Length; index++)
                {
                    query.Add(new Term(field, form.Terms[index]), form.Positions[index] - form.Positions[0]);
                }

                phrase.Add(query, Occur.SHOULD);
            }

            clause.Add(phrase, Occur.SHOULD);
        }
    }

    /// <summary>
    /// Whether any text field of any segment holds <paramref name="term"/>. Stops at the first hit, body first (it
    /// holds nearly every word), with pooled cursors: IndexReader.DocFreq would open a terms enumerator per field and segment.
    /// </summary>
    public static bool IsIndexed(IndexReader reader, string term)
    {
        var bytes = new BytesRef(term);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in KnownWordFields)
            {
                if (TermCursor.Rent(leaf.AtomicReader, field) is not { } cursor)
                {
                    continue;
                }

                var found = cursor.Terms.SeekExact(bytes);
                cursor.Return();
                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The bonus for several words standing close together; null for a single word.</summary>
    private static BooleanQuery? ProximityQuery(Analyzer analyzer, UserQueryText text, IReadOnlyList<(string Field, float Boost)> fields)
    {
        if (text.Words.Count < 2 || PhraseQuery(analyzer, string.Join(' ', text.Words), fields, FieldWeights.ProximitySlop) is not { } near)
        {
            return null;
        }

        near.Boost = FieldWeights.Proximity;
        return near;
    }

    private static BooleanQuery? PhraseQuery(Analyzer analyzer, string phrase, IReadOnlyList<(string Field, float Boost)> fields, int slop)
    {
        var tokens = QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, phrase).Where(t => !t.IsPart).ToList();
        if (slop > 0 && tokens.Count > MaxProximityWords)
        {
            tokens = tokens[..MaxProximityWords];
        }

        if (tokens.Count == 0 || (slop > 0 && tokens.Count < 2))
        {
            return null;
        }

        var clause = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in fields)
        {
            var query = new PhraseQuery { Boost = boost, Slop = slop };
            foreach (var token in tokens)
            {
                query.Add(new Term(field, token.Term), token.Position);
            }

            clause.Add(query, Occur.SHOULD);
        }

        return clause;
    }
}
