using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Runs a <see cref="ContentIndexListing"/>: the exact total from the collector, the page's keys from doc values.
/// Only skip + take entries are kept (capped at the number of documents), so any skip is safe and total has no ceiling.
/// </summary>
internal static class ContentLister
{
    public static ContentIndexPage List(IndexSearcher searcher, Analyzer nameAnalyzer, ContentIndexListing listing)
    {
        var reader = searcher.IndexReader;
        var version = reader is DirectoryReader directory ? directory.Version : 0;
        var query = ListingQueryBuilder.Build(nameAnalyzer, listing);
        if (query is null || reader.MaxDoc == 0)
        {
            return ContentIndexPage.Empty(version);
        }

        var skip = Math.Max(0, listing.Skip);
        var take = Math.Max(0, listing.Take);
        if (take == 0 || skip >= reader.MaxDoc)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, counter);
            return new ContentIndexPage(counter.TotalHits, [], version);
        }

        var kept = (int)Math.Min((long)skip + take, reader.MaxDoc);
        var collector = TopFieldCollector.Create(
            ListingSort.For(listing.Sorts), kept, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, collector);
        var page = collector.GetTopDocs(skip, take).ScoreDocs;
        var keys = new Guid[page.Length];
        for (var index = 0; index < page.Length; index++)
        {
            keys[index] = Guid.Parse(DocValuesReader.Sorted(searcher, ContentIndexFields.Key, page[index].Doc));
        }

        return new ContentIndexPage(collector.TotalHits, keys, version);
    }
}
