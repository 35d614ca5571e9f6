using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// "Meinten Sie …?": the query text with each word that no text knows (not even as a stem or compound) replaced by
/// the closest word of the culture's vocabulary (<see cref="TypoCorrections"/>, the same lookup the search made, so
/// a typo is expanded once), written in the reader's letter case; null when nothing was replaced.
/// </summary>
internal static class SpellingSuggester
{
    public static string? Suggest(IndexSearcher searcher, Analyzer analyzer, string? text, string culture, long deadline = long.MaxValue)
    {
        var query = UserQueryText.Parse(text);
        var reader = searcher.IndexReader;
        var typos = new TypoLookup(reader, analyzer, ContentIndexFields.Spelling(culture), deadline);
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words.Concat(query.Phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        {
            var replacement = TypoCorrector.IsCorrectable(word) && !IsKnown(analyzer, reader, word) ? typos.Correct(word) : null;
            changed |= replacement is not null;
            words.Add(replacement is null ? word : InCaseOf(word, replacement));
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>Whether a text contains the word; a stop word (no terms after analysis) counts as known: it is no typo.</summary>
    private static bool IsKnown(Analyzer analyzer, IndexReader reader, string word)
    {
        var words = QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, word).Where(t => !t.IsPart).ToList();
        return words.Count == 0 || words.Any(t => ContentQueryBuilder.IsIndexed(reader, t.Term));
    }

    /// <summary>"Datenschuz" → "Datenschutz", "DSGVOO" → "DSGVO": the correction in the letter case the reader typed.</summary>
    private static string InCaseOf(string typed, string correction)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return correction.ToUpperInvariant();
        }

        return char.IsUpper(typed[0]) ? string.Concat(correction[..1].ToUpperInvariant(), correction.AsSpan(1)) : correction;
    }
}
