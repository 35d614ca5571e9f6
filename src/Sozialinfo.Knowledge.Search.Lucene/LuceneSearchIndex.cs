using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Search.Lucene.Analysis;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Searching;

namespace Sozialinfo.Knowledge.Search.Lucene;

/// <summary>
/// The Lucene.Net implementation of <see cref="ISearchIndex"/>: one instance per named index and folder, kept for
/// the process lifetime (it holds the folder's write.lock). Open it with <see cref="OpenFolder"/>; if
/// <see cref="ISearchIndex.GetStatus"/> then says <see cref="IndexHealth.RebuildRequired"/>, rebuild it from the
/// store before serving queries.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private readonly GermanSearchAnalyzer _german = new();
    private readonly Analyzer _analyzer;
    private readonly SuggestAnalyzer _suggestAnalyzer = new();
    private readonly SpellingAnalyzer _spellingAnalyzer = new();
    private readonly NameAnalyzer _nameAnalyzer = new();
    private const int ParallelRebuildThreshold = 1_000;

    private readonly LuceneIndexManager _manager;

    private LuceneSearchIndex(string name, string folder, TimeProvider timeProvider)
    {
        var perField = Cultures.Supported.ToDictionary(c => ContentIndexFields.Spelling(c), Analyzer (_) => _spellingAnalyzer);
        perField[ContentIndexFields.Suggest] = _suggestAnalyzer;
        perField[ContentIndexFields.NameWords] = _nameAnalyzer;
        _analyzer = new PerFieldAnalyzerWrapper(_german, perField);
        try
        {
            _manager = LuceneIndexManager.OpenFolder(name, folder, _analyzer, timeProvider);
        }
        catch
        {
            DisposeAnalyzers();
            throw;
        }
    }

    public string Name => _manager.Name;

    /// <summary>
    /// Opens the index in <paramref name="folder"/> (created if missing). Never fails for missing, outdated or
    /// corrupt index files (they are replaced by an empty index that reports RebuildRequired); throws
    /// <see cref="SearchIndexLockedException"/> when another writer holds the folder.
    /// </summary>
    public static LuceneSearchIndex OpenFolder(string name, string folder, TimeProvider timeProvider) => new(name, folder, timeProvider);

    public Task IndexAsync(IEnumerable<SearchIndexItem> items, CancellationToken cancellationToken)
    {
        var byItem = items.Select(item => (item.Content.Key, Documents: ContentValueSetBuilder.Build(item).ToList())).ToList();
        return _manager.WriteAsync(
            writer =>
            {
                foreach (var (key, documents) in byItem)
                {
                    // Delete every culture first so a culture that was removed from the item leaves the index too.
                    writer.DeleteDocuments(new Term(ContentIndexFields.Key, key.ToString("D")));
                    foreach (var values in documents)
                    {
                        writer.AddDocument(LuceneDocumentFactory.Create(values));
                    }
                }
            },
            completesIndex: false,
            cancellationToken);
    }

    public Task DeleteAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken)
    {
        var terms = keys.Select(key => new Term(ContentIndexFields.Key, key.ToString("D"))).ToArray();
        return _manager.WriteAsync(writer => writer.DeleteDocuments(terms), completesIndex: false, cancellationToken);
    }

    public Task RebuildAsync(IEnumerable<SearchIndexItem> items, CancellationToken cancellationToken) =>
        _manager.WriteAsync(
            writer =>
            {
                // Readers keep the last commit until this one is done, so searches never see a half-built index.
                writer.DeleteAll();
                var all = items as IReadOnlyCollection<SearchIndexItem> ?? [.. items];
                if (all.Count < ParallelRebuildThreshold)
                {
                    foreach (var item in all)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        AddDocuments(writer, item);
                    }

                    return;
                }

                // Analysis (compound splitting above all) dominates a rebuild and IndexWriter accepts documents from
                // several threads. Small indexes stay sequential: their document order, the last tie-breaker of
                // equal scores, then follows the snapshot exactly.
                var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
                Parallel.ForEach(all, options, item => AddDocuments(writer, item));

                // One segment: a search then seeks each term once instead of once per segment (15-20 % faster at
                // 50,000 articles, for about 5 s more rebuild). Publishes add small segments again.
                writer.ForceMerge(1);
            },
            completesIndex: true,
            cancellationToken);

    public SearchResults Search(SearchQuery query) =>
        _manager.Read(searcher => ContentSearcher.Search(searcher, _analyzer, query));

    public ContentIndexPage List(ContentIndexListing listing) =>
        _manager.Read(searcher => ContentLister.List(searcher, _nameAnalyzer, listing));

    public IReadOnlyList<SearchSuggestion> Suggest(string prefix, string culture, int take = 8) =>
        _manager.Read(searcher => ContentSuggester.Suggest(searcher, _suggestAnalyzer, prefix, culture, take));

    public SearchResults Recommend(IReadOnlyList<RecommendationNeed> needs, SearchQuery filter) =>
        _manager.Read(searcher => RecommendationQueryBuilder.ForNeeds(_analyzer, searcher.IndexReader, needs) is { } query
            ? ContentSearcher.Run(searcher, _analyzer, filter with { Highlight = false }, query)
            : SearchResults.Empty);

    public SearchResults Related(Guid key, SearchQuery filter) =>
        _manager.Read(searcher => RelatedContent.Find(searcher, _analyzer, key, filter));

    public string? SuggestSpelling(string text, string culture) =>
        _manager.Read(searcher => SpellingSuggester.Suggest(searcher, _analyzer, text, culture));

    public IndexStatus GetStatus() => _manager.GetStatus();

    public void Dispose()
    {
        _manager.Dispose();
        DisposeAnalyzers();
    }

    private static void AddDocuments(IndexWriter writer, SearchIndexItem item)
    {
        foreach (var values in ContentValueSetBuilder.Build(item))
        {
            writer.AddDocument(LuceneDocumentFactory.Create(values));
        }
    }

    private void DisposeAnalyzers()
    {
        _analyzer.Dispose();
        _german.Dispose();
        _suggestAnalyzer.Dispose();
        _spellingAnalyzer.Dispose();
        _nameAnalyzer.Dispose();
    }
}
