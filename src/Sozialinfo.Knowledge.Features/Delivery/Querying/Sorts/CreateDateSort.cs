namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>createDate[:asc|:desc]</c>: by the creation date.</summary>
internal sealed class CreateDateSort : ISortHandler
{
    private const string Field = "createDate";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<SortOption> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, static (x, y) => x.Content.CreateDate.CompareTo(y.Content.CreateDate));
}
