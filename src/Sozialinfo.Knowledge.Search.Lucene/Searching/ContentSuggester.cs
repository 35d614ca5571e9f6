using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Type-ahead: a prefix query on the suggest field (title and tag words, folded but not stemmed) with the last word
/// typed; suggests matching titles first (best score first), then tag words that start with the prefix.
/// </summary>
internal static class ContentSuggester
{
    private const int MinPrefixLength = 2;
    private const int MaxTake = 20;
    private const int Candidates = 50;

    private static readonly HashSet<string> StoredFields = [ContentIndexFields.Title, ContentIndexFields.Route];

    public static IReadOnlyList<SearchSuggestion> Suggest(IndexSearcher searcher, Analyzer suggestAnalyzer, string? prefix, string culture, int take)
    {
        take = Math.Clamp(take, 0, MaxTake);
        var text = UserQueryText.Parse(prefix);
        var last = text.Words.Count > 0 ? text.Words[^1] : (text.Phrases.Count > 0 ? text.Phrases[^1] : null);
        var folded = last is null ? null : LastTerm(QueryAnalysis.Analyze(suggestAnalyzer, ContentIndexFields.Suggest, last));
        if (take == 0 || folded is null || folded.Length < MinPrefixLength)
        {
            return [];
        }

        var query = new BooleanQuery
        {
            { new PrefixQuery(new Term(ContentIndexFields.Suggest, folded)), Occur.MUST },
            { new TermQuery(new Term(ContentIndexFields.Culture, culture.ToLowerInvariant())), Occur.MUST },
        };
        var top = searcher.Search(query, Candidates).ScoreDocs;
        var suggestions = new List<SearchSuggestion>();
        var tagWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var scoreDoc in top)
        {
            var stored = searcher.Doc(scoreDoc.Doc, StoredFields);
            var title = stored.Get(ContentIndexFields.Title, CultureInfo.InvariantCulture);
            if (title is not null && StartsAnyWord(suggestAnalyzer, title, folded) && suggestions.Count < take)
            {
                suggestions.Add(new SearchSuggestion(title, KeyOf(searcher, scoreDoc.Doc), stored.Get(ContentIndexFields.Route, CultureInfo.InvariantCulture)));
            }

            foreach (var tag in TagsOf(searcher, scoreDoc.Doc).Select(ContentValueSetBuilder.TagWords))
            {
                if (StartsAnyWord(suggestAnalyzer, tag, folded))
                {
                    tagWords[tag] = tagWords.GetValueOrDefault(tag) + 1;
                }
            }
        }

        var tags = tagWords.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new SearchSuggestion(t.Key, null, null));
        return [.. suggestions.Concat(tags).DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).Take(take)];
    }

    private static string? LastTerm(IReadOnlyList<AnalyzedToken> tokens) => tokens.Count > 0 ? tokens[^1].Term : null;

    private static bool StartsAnyWord(Analyzer suggestAnalyzer, string text, string folded) =>
        QueryAnalysis.Analyze(suggestAnalyzer, ContentIndexFields.Suggest, text).Any(t => t.Term.StartsWith(folded, StringComparison.Ordinal));

    private static Guid? KeyOf(IndexSearcher searcher, int doc) =>
        Guid.TryParse(DocValuesReader.Sorted(searcher, ContentIndexFields.Key, doc), out var key) ? key : null;

    private static IEnumerable<string> TagsOf(IndexSearcher searcher, int doc) =>
        DocValuesReader.SortedSet(searcher, ContentIndexFields.Tag, doc);
}
