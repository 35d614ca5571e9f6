using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// One <c>fetch</c> token, as Umbraco's ISelectorHandler: recognise it, then say which index documents it selects
/// (a condition on a key field; an item that does not exist selects nothing).
/// </summary>
internal interface ISelectorHandler
{
    bool CanHandle(string query);

    ContentIndexValueFilter BuildSelectorOption(string selector, ContentQueryContext context);
}
