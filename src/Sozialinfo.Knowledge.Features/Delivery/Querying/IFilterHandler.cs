namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>One kind of <c>filter</c> token, as Umbraco's IFilterHandler: recognise it, then parse it once per request.</summary>
internal interface IFilterHandler
{
    bool CanHandle(string query);

    QueryOptionResult<FilterOption> BuildFilterOption(string filter, ContentQueryContext context);
}
