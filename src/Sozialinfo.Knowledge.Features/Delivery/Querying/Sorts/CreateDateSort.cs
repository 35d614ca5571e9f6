using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>createDate[:asc|:desc]</c>: by the creation date.</summary>
internal sealed class CreateDateSort : ISortHandler
{
    private const string Field = "createDate";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexSort> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, ContentIndexField.CreateDate);
}
