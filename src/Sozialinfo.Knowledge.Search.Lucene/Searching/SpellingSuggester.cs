using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// "Meinten Sie …?": replaces each query word that no text knows (not even as a stem or compound) with the closest
/// word of the culture's vocabulary (edit distance 1, or 2 for words over seven letters; first letter fixed).
/// </summary>
internal static class SpellingSuggester
{
    private const int MinWordLength = 4;
    private const int Candidates = 10;

    public static string? Suggest(IndexSearcher searcher, Analyzer analyzer, string? text, string culture)
    {
        var query = UserQueryText.Parse(text);
        var field = ContentIndexFields.Spelling(culture);
        var reader = searcher.IndexReader;
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words.Concat(query.Phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        {
            var lower = word.ToLowerInvariant();
            var replacement = lower.Length < MinWordLength || !lower.All(char.IsLetter) || IsKnown(analyzer, reader, word)
                ? null
                : Closest(reader, field, lower);
            changed |= replacement is not null;
            words.Add(replacement ?? word);
        }

        return changed ? string.Join(' ', words) : null;
    }

    private static bool IsKnown(Analyzer analyzer, IndexReader reader, string word) =>
        QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, word)
            .Where(t => !t.IsPart)
            .Any(t => FieldWeights.Text.Any(f => reader.DocFreq(new Term(f.Field, t.Term)) > 0));

    private static string? Closest(IndexReader reader, string field, string word)
    {
        var fuzzy = new FuzzyQuery(new Term(field, word), word.Length <= 7 ? 1 : 2, prefixLength: 1, Candidates, transpositions: true)
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(Candidates),
        };

        // The rewrite turns the fuzzy query into one TermQuery per close word, boosted by similarity.
        return fuzzy.Rewrite(reader) is BooleanQuery rewritten
            ? rewritten.Clauses.Select(c => c.Query).OfType<TermQuery>()
                .OrderByDescending(q => q.Boost)
                .ThenByDescending(q => reader.DocFreq(q.Term))
                .Select(q => q.Term.Text)
                .FirstOrDefault()
            : null;
    }
}
