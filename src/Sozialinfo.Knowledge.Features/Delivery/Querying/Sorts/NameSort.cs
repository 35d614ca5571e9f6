using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>name[:asc|:desc]</c>: by the name in the request culture, compared as Swiss German (de-CH) sorts words.</summary>
internal sealed class NameSort : ISortHandler
{
    private const string Field = "name";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexSort> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, ContentIndexField.Name);
}
