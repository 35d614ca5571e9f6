using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>createDate{op}{date}</c> with op one of <c>:</c> <c>:!</c> <c>&gt;</c> <c>&gt;:</c> <c>&lt;</c> <c>&lt;:</c>:
/// the item's creation date.
/// </summary>
internal sealed class CreateDateFilter : IFilterHandler
{
    private const string Field = "createDate";

    public bool CanHandle(string query) => DateFilterParser.CanHandle(query, Field);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context) =>
        DateFilterParser.Build(filter, Field, ContentIndexField.CreateDate);
}
