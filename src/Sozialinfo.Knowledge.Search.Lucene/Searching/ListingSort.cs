using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>The Lucene sort of a listing: the requested sorts in order, then tree order, then document id.</summary>
internal static class ListingSort
{
    public static Sort For(IReadOnlyList<ContentIndexSort> sorts)
    {
        var fields = new List<SortField>(sorts.Count + 2);
        foreach (var sort in sorts)
        {
            fields.Add(sort.Field switch
            {
                ContentIndexField.Name => new SortField(ContentIndexFields.NameCollation, SortFieldType.STRING, sort.Descending),
                ContentIndexField.CreateDate => new SortField(ContentIndexFields.CreateDate, SortFieldType.INT64, sort.Descending),
                ContentIndexField.UpdateDate => new SortField(ContentIndexFields.UpdateDate, SortFieldType.INT64, sort.Descending),
                ContentIndexField.Level => new SortField(ContentIndexFields.Level, SortFieldType.INT64, sort.Descending),
                ContentIndexField.SortOrder => new SortField(ContentIndexFields.SortOrder, SortFieldType.INT64, sort.Descending),
                _ => throw new ArgumentException($"{sort.Field} cannot be sorted on.", nameof(sorts)),
            });
        }

        fields.Add(new SortField(ContentIndexFields.TreeOrder, SortFieldType.STRING));
        fields.Add(SortField.FIELD_DOC);
        return new Sort([.. fields]);
    }
}
