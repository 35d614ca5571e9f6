using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// The top-N collector for a query: by score, or by a doc-values sort field with sort order and doc id as tie
/// breakers (stable paging). N is skip + take, so deep pages cost memory for N entries but have no fixed ceiling.
/// </summary>
internal static class ResultCollector
{
    public static ITopDocsCollector Create(SearchQuery query, int numHits, bool hasText)
    {
        var sort = SortFor(query, hasText);
        return sort is null
            ? TopScoreDocCollector.Create(numHits, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, numHits, fillFields: false, trackDocScores: hasText, trackMaxScore: false, docsScoredInOrder: false);
    }

    private static Sort? SortFor(SearchQuery query, bool hasText)
    {
        var reverse = query.SortDescending;
        SortField? field = query.Sort switch
        {
            SearchSort.Name => new SortField(ContentIndexFields.SortName, SortFieldType.STRING, reverse),
            SearchSort.CreateDate => new SortField(ContentIndexFields.CreateDate, SortFieldType.INT64, reverse),
            SearchSort.UpdateDate => new SortField(ContentIndexFields.UpdateDate, SortFieldType.INT64, reverse),
            SearchSort.SortOrder => new SortField(ContentIndexFields.SortOrder, SortFieldType.INT64, reverse),
            SearchSort.Level => new SortField(ContentIndexFields.Level, SortFieldType.INT64, reverse),
            // Without text every score is equal: list by level, then sort order, instead.
            _ when !hasText => new SortField(ContentIndexFields.Level, SortFieldType.INT64),
            _ => null,
        };
        return field is null
            ? null
            : new Sort(field, new SortField(ContentIndexFields.SortOrder, SortFieldType.INT64), SortField.FIELD_DOC);
    }
}
