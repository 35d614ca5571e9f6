using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>"Related articles": looks the item up in the index and searches with its tags, title and lead.</summary>
internal static class RelatedContent
{
    private static readonly HashSet<string> StoredFields = [ContentIndexFields.Title, ContentIndexFields.Lead];

    public static SearchResults Find(IndexSearcher searcher, Analyzer analyzer, Guid key, SearchQuery filter)
    {
        var id = new TermQuery(new Term(ContentIndexFields.Id, ValueSet.DocumentId(key, filter.Culture)));
        var found = searcher.Search(id, 1).ScoreDocs;
        if (found.Length == 0)
        {
            return SearchResults.Empty;
        }

        var doc = found[0].Doc;
        var tags = DocValuesReader.SortedSet(searcher, ContentIndexFields.Tag, doc);
        var stored = searcher.Doc(doc, StoredFields);
        var text = $"{stored.Get(ContentIndexFields.Title, CultureInfo.InvariantCulture)} {stored.Get(ContentIndexFields.Lead, CultureInfo.InvariantCulture)}";
        return RecommendationQueryBuilder.ForItem(analyzer, searcher.IndexReader, tags, text) is { } query
            ? ContentSearcher.Run(searcher, analyzer, filter with { Highlight = false, ExcludedKeys = [.. filter.ExcludedKeys, key] }, query)
            : SearchResults.Empty;
    }
}
