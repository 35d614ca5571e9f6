using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>updateDate{op}{date}</c>: the last update in the request culture, the same value the response shows as
/// "updateDate".
/// </summary>
internal sealed class UpdateDateFilter : IFilterHandler
{
    private const string Field = "updateDate";

    public bool CanHandle(string query) => DateFilterParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context) =>
        DateFilterParser.Build(filter, Field, ContentIndexField.UpdateDate);
}
