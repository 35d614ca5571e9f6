namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>One <c>fetch</c> token, as Umbraco's ISelectorHandler: recognise it, then build the selection once per request.</summary>
internal interface ISelectorHandler
{
    bool CanHandle(string query);

    SelectorOption BuildSelectorOption(string selector, ContentQueryContext context);
}
