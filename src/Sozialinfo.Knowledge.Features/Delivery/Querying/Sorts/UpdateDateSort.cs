using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>updateDate[:asc|:desc]</c>: by the last update in the request culture (the response's "updateDate").</summary>
internal sealed class UpdateDateSort : ISortHandler
{
    private const string Field = "updateDate";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexSort> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, ContentIndexField.UpdateDate);
}
