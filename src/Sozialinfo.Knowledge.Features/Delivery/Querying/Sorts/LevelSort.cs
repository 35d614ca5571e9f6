using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>level[:asc|:desc]</c>: by the tree level (1 for a root).</summary>
internal sealed class LevelSort : ISortHandler
{
    private const string Field = "level";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexSort> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, ContentIndexField.Level);
}
