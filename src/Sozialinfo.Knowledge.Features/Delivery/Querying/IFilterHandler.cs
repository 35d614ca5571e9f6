using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// One kind of <c>filter</c> token, as Umbraco's IFilterHandler: recognise it, then turn it once per request into a
/// condition on an index field.
/// </summary>
internal interface IFilterHandler
{
    bool CanHandle(string query);

    QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context);
}
