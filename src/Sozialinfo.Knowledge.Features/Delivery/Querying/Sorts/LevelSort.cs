namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>level[:asc|:desc]</c>: by the tree level (1 for a root).</summary>
internal sealed class LevelSort : ISortHandler
{
    private const string Field = "level";

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<SortOption> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, static (x, y) => x.Content.Level.CompareTo(y.Content.Level));
}
