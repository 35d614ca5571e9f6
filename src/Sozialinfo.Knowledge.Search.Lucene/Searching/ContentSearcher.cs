using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>Runs a <see cref="SearchQuery"/> against one searcher: hits, total, facets and snippets.</summary>
internal static class ContentSearcher
{
    public const int MaxTake = 100;
    public const int MaxSkip = 1_000_000;

    /// <summary>Wall-clock bound of one search, in the global timer's milliseconds.</summary>
    private const long TimeLimitMilliseconds = 2_000;

    private static readonly HashSet<string> StoredFields = [ContentIndexFields.Title, ContentIndexFields.Route, ContentIndexFields.Lead, ContentIndexFields.Body];

    public static SearchResults Search(IndexSearcher searcher, Analyzer analyzer, SearchQuery query)
    {
        var text = UserQueryText.Parse(query.Text);
        var textQuery = ContentQueryBuilder.Build(analyzer, searcher.IndexReader, text);
        if (textQuery is null && (!text.IsEmpty || !(query.BlankTextMatchesAll || FilterQueryBuilder.HasFilter(query))))
        {
            // Blank text (or text of stop words and punctuation only) without a filter finds nothing by design.
            return SearchResults.Empty;
        }

        return Run(searcher, analyzer, query, textQuery);
    }

    /// <summary>Runs a scoring query (null: all) under the filters, paging, facets and time bound of <paramref name="query"/>.</summary>
    public static SearchResults Run(IndexSearcher searcher, Analyzer analyzer, SearchQuery query, Query? textQuery)
    {
        var skip = Math.Clamp(query.Skip, 0, MaxSkip);
        var take = Math.Clamp(query.Take, 0, MaxTake);
        var top = ResultCollector.Create(query, Math.Max(skip + take, 1), textQuery is not null);
        var facets = new FacetCollector(query.Facets.Where(SearchFacetNames.All.Contains).ToList());
        var limited = new TimeLimitingCollector(MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter, TimeLimitMilliseconds);
        var timedOut = false;
        try
        {
            searcher.Search(textQuery ?? new MatchAllDocsQuery(), FilterQueryBuilder.Build(query), limited);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            timedOut = true;
        }

        var page = top.GetTopDocs(skip, take).ScoreDocs;
        var highlighter = query.Highlight && textQuery is not null ? new SnippetHighlighter(analyzer, searcher.Rewrite(textQuery)) : null;
        var hits = page.Select(scoreDoc => ReadHit(searcher, scoreDoc, highlighter)).ToList();
        return new SearchResults(top.TotalHits, hits, facets.GetCounts(), timedOut);
    }

    private static SearchHit ReadHit(IndexSearcher searcher, ScoreDoc scoreDoc, SnippetHighlighter? highlighter)
    {
        var key = Guid.Parse(DocValuesReader.Sorted(searcher, ContentIndexFields.Key, scoreDoc.Doc));
        var indexed = DocValuesReader.Sorted(searcher, ContentIndexFields.Culture, scoreDoc.Doc);
        var culture = Cultures.Normalize(indexed) ?? indexed;
        var contentType = DocValuesReader.Sorted(searcher, ContentIndexFields.ContentType, scoreDoc.Doc);
        var stored = searcher.Doc(scoreDoc.Doc, StoredFields);
        var snippet = highlighter?.Snippet(stored.Get(ContentIndexFields.Lead, CultureInfo.InvariantCulture), stored.Get(ContentIndexFields.Body, CultureInfo.InvariantCulture));
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        return new SearchHit(key, culture, score, stored.Get(ContentIndexFields.Title, CultureInfo.InvariantCulture), stored.Get(ContentIndexFields.Route, CultureInfo.InvariantCulture), contentType, snippet);
    }
}
