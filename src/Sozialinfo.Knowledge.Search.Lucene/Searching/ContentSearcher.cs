using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>Runs a <see cref="SearchQuery"/> against one searcher: hits, total, facets and snippets.</summary>
internal static class ContentSearcher
{
    public const int MaxTake = 100;
    public const int MaxSkip = 1_000_000;

    /// <summary>How many of the best hits a rescoring query (the tie breakers) may reorder.</summary>
    private const int RescoreWindow = 100;

    private static readonly HashSet<string> StoredFields = [ContentIndexFields.Title, ContentIndexFields.Route];

    /// <summary>Lead and body are long: loaded only to highlight them.</summary>
    private static readonly HashSet<string> StoredFieldsWithText = [.. StoredFields, ContentIndexFields.Lead, ContentIndexFields.Body];

    /// <summary>
    /// The reader's search: typos looked up and replaced by their closest words, the query run, and the "Meinten Sie
    /// …?" text from the same lookups, all within <see cref="SearchQuery.TimeBudget"/> from here.
    /// </summary>
    public static SearchResults Search(IndexSearcher searcher, Analyzer analyzer, SearchQuery query)
    {
        var deadline = Deadline(Stopwatch.GetTimestamp(), query.TimeBudget);
        var text = UserQueryText.Parse(query.Text);
        var typos = new TypoLookup(searcher.IndexReader, analyzer, ContentIndexFields.Spelling(query.Culture), deadline);
        var (textQuery, rescoring) = ContentQueryBuilder.BuildForSearch(analyzer, searcher.IndexReader, text, query.Synonyms, typos);
        var suggestion = SpellingSuggester.Suggest(searcher, analyzer, query.Text, query.Culture, deadline);
        if (textQuery is null && (!text.IsEmpty || !(query.BlankTextMatchesAll || FilterQueryBuilder.HasFilter(query))))
        {
            // Blank text (or text of stop words and punctuation only) without a filter finds nothing by design.
            return SearchResults.Empty with { Suggestion = suggestion, TimedOut = typos.CutShort };
        }

        var results = Run(searcher, analyzer, query, textQuery, rescoring, deadline);
        return results with { Suggestion = suggestion, TimedOut = results.TimedOut || typos.CutShort };
    }

    /// <summary>
    /// Runs a scoring query (null: all) under the filters, paging, facets and time bound of <paramref name="query"/>;
    /// a <paramref name="rescoring"/> query (tie breakers: proximity, compound parts) adds its score to the best <see cref="RescoreWindow"/> hits by relevance.
    /// Plain words (the reader's search) run through <see cref="TermDisjunctionScorer"/>, which gives Lucene's scores
    /// without its allocations; every other query runs through Lucene's scorers.
    /// </summary>
    public static SearchResults Run(IndexSearcher searcher, Analyzer analyzer, SearchQuery query, Query? textQuery, Query? rescoring = null, long? deadline = null)
    {
        var end = deadline ?? Deadline(Stopwatch.GetTimestamp(), query.TimeBudget);
        var remaining = TimeSpan.FromSeconds(Math.Max(0, end - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
        var skip = Math.Clamp(query.Skip, 0, MaxSkip);
        var take = Math.Clamp(query.Take, 0, MaxTake);
        var rescore = rescoring is not null && textQuery is not null && query.Sort == SearchSort.Relevance;
        var window = rescore ? Math.Max(skip + take, RescoreWindow) : Math.Max(skip + take, 1);
        var top = ResultCollector.Create(query, window, textQuery is not null);
        var facets = new FacetCollector(query.Facets.Where(SearchFacetNames.All.Contains).ToList());
        var timedOut = false;
        var filter = FilterQueryBuilder.Build(query);
        if (query.ExcludedKeys.Count == 0 && textQuery is not null && TermDisjunction.TryCreate(searcher, textQuery) is { } disjunction)
        {
            using (disjunction)
            {
                timedOut = !TermDisjunctionScorer.Search(searcher, disjunction, FilterCache.Cached(filter), top, facets, remaining);
            }
        }
        else
        {
            // The global counter ticks every few milliseconds: a budget below one tick still gets the first tick.
            var limited = new TimeLimitingCollector(MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter, Math.Max(1, (long)remaining.TotalMilliseconds));
            try
            {
                Search(searcher, textQuery ?? new MatchAllDocsQuery(), filter, query, limited);
            }
            catch (TimeLimitingCollector.TimeExceededException)
            {
                timedOut = true;
            }
        }

        ScoreDoc[] page;
        if (rescore)
        {
            var (rescored, cutShort) = HitRescorer.Rescore(searcher, top.GetTopDocs(0, window).ScoreDocs, rescoring!, end);
            page = [.. rescored.Skip(skip).Take(take)];
            timedOut |= cutShort;
        }
        else
        {
            page = top.GetTopDocs(skip, take).ScoreDocs;
        }

        var highlighter = query.Highlight && textQuery is not null ? new SnippetHighlighter(searcher.Rewrite(textQuery)) : null;
        var hits = page.Select(scoreDoc => ReadHit(searcher, scoreDoc, highlighter)).ToList();
        return new SearchResults(top.TotalHits, hits, facets.GetCounts(), timedOut);
    }

    private static long Deadline(long start, TimeSpan budget) =>
        budget >= TimeSpan.FromDays(1) ? long.MaxValue : start + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    /// <summary>
    /// Filters that recur (culture, facet selections) come from <see cref="FilterCache"/> and are applied as accepted
    /// documents; one-off exclusions of single items (related content, recommendations) would only churn the cache.
    /// </summary>
    private static void Search(IndexSearcher searcher, Query scoring, Filter filter, SearchQuery query, ICollector collector)
    {
        if (query.ExcludedKeys.Count == 0)
        {
            FilteredSearch.Search(searcher, scoring, FilterCache.Cached(filter), collector);
        }
        else
        {
            searcher.Search(scoring, filter, collector);
        }
    }

    private static SearchHit ReadHit(IndexSearcher searcher, ScoreDoc scoreDoc, SnippetHighlighter? highlighter)
    {
        var key = Guid.Parse(DocValuesReader.Sorted(searcher, ContentIndexFields.Key, scoreDoc.Doc));
        var indexed = DocValuesReader.Sorted(searcher, ContentIndexFields.Culture, scoreDoc.Doc);
        var culture = Cultures.Normalize(indexed) ?? indexed;
        var contentType = DocValuesReader.Sorted(searcher, ContentIndexFields.ContentType, scoreDoc.Doc);
        var stored = searcher.Doc(scoreDoc.Doc, highlighter is null ? StoredFields : StoredFieldsWithText);
        var snippet = highlighter?.Snippet(stored.Get(ContentIndexFields.Lead, CultureInfo.InvariantCulture), stored.Get(ContentIndexFields.Body, CultureInfo.InvariantCulture));
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        return new SearchHit(key, culture, score, stored.Get(ContentIndexFields.Title, CultureInfo.InvariantCulture), stored.Get(ContentIndexFields.Route, CultureInfo.InvariantCulture), contentType, snippet);
    }
}
