using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>Culture and facet filters as a non-scoring filter: values within a field OR-ed, fields AND-ed.</summary>
internal static class FilterQueryBuilder
{
    public static Filter Build(SearchQuery query)
    {
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(ContentIndexFields.Culture, query.Culture.ToLowerInvariant())), Occur.MUST },
        };
        AddAny(filter, ContentIndexFields.ContentType, query.ContentTypes);
        AddAny(filter, ContentIndexFields.Dossier, query.Dossiers.Select(d => d.ToLowerInvariant()));
        // Tags and dimensions are indexed in lower case (tags compare case-insensitively).
        AddAny(filter, ContentIndexFields.Tag, query.Tags.Select(t => t.ToLowerInvariant()));
        AddAny(filter, ContentIndexFields.Dimension, query.Dimensions.Select(d => d.ToLowerInvariant()));
        AddAny(filter, ContentIndexFields.Parent, query.ParentKeys.Select(k => k.ToString("D")));
        AddAny(filter, ContentIndexFields.Ancestor, query.AncestorKeys.Select(k => k.ToString("D")));
        foreach (var key in query.ExcludedKeys.Distinct().Take(256))
        {
            filter.Add(new TermQuery(new Term(ContentIndexFields.Key, key.ToString("D"))), Occur.MUST_NOT);
        }

        foreach (var excluded in query.ExcludedContentTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().Take(64))
        {
            filter.Add(new TermQuery(new Term(ContentIndexFields.ContentType, excluded)), Occur.MUST_NOT);
        }

        return new QueryWrapperFilter(filter);
    }

    public static bool HasFilter(SearchQuery query) =>
        query.ContentTypes.Count + query.Dossiers.Count + query.Tags.Count + query.Dimensions.Count
        + query.ParentKeys.Count + query.AncestorKeys.Count + query.ExcludedContentTypes.Count > 0;

    private static void AddAny(BooleanQuery filter, string field, IEnumerable<string> values)
    {
        if (AnyTermQuery.For(field, values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().Take(64)) is { } any)
        {
            filter.Add(any, Occur.MUST);
        }
    }
}
