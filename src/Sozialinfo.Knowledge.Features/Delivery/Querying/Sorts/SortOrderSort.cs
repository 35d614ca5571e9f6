using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>sortOrder[:asc|:desc]</c>: by the position among siblings.</summary>
internal sealed class SortOrderSort : ISortHandler
{
    private const string Field = "sortOrder";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexSort> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, ContentIndexField.SortOrder);
}
