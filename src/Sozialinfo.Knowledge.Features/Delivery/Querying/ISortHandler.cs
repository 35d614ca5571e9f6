using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>One kind of <c>sort</c> token, as Umbraco's ISortHandler: recognise it, then name the index field and direction.</summary>
internal interface ISortHandler
{
    bool CanHandle(string query);

    QueryOptionResult<ContentIndexSort> BuildSortOption(string sort);
}
