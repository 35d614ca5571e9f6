namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>One kind of <c>sort</c> token, as Umbraco's ISortHandler: recognise it, then parse it once per request.</summary>
internal interface ISortHandler
{
    bool CanHandle(string query);

    QueryOptionResult<SortOption> BuildSortOption(string sort);
}
