namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>Sorts in order, earlier wins; ties keep index (tree) order, so pages never overlap or skip items.</summary>
internal sealed class QueryItemComparer(SortOption[] sorts) : IComparer<QueryItem>
{
    public int Compare(QueryItem x, QueryItem y)
    {
        foreach (var sort in sorts)
        {
            var result = sort.Compare(x, y);
            if (result != 0)
            {
                return result;
            }
        }

        return x.Index.CompareTo(y.Index);
    }
}
