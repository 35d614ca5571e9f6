namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>A parsed sort: an ascending comparison of two candidates and the requested direction.</summary>
internal sealed class SortOption(Comparison<QueryItem> ascending, SortDirection direction)
{
    public SortDirection Direction { get; } = direction;

    public int Compare(QueryItem x, QueryItem y) =>
        Direction == SortDirection.Descending ? ascending(y, x) : ascending(x, y);
}
