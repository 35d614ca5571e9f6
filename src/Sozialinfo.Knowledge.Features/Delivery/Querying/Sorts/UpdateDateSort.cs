namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>updateDate[:asc|:desc]</c>: by the last update in the request culture (the response's "updateDate").</summary>
internal sealed class UpdateDateSort : ISortHandler
{
    private const string Field = "updateDate";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<SortOption> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, static (x, y) => x.Culture.UpdateDate.CompareTo(y.Culture.UpdateDate));
}
