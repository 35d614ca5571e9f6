using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>tag:value[,value]</c>: items carrying any of the tags (exact tag, case-insensitive), e.g. <c>tag:thema:ndsg</c>;
/// <c>tag:!value</c> for none.
/// </summary>
internal sealed class TagFilter : IFilterHandler
{
    private const string Specifier = "tag:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context) =>
        FilterValues.Parse(filter[Specifier.Length..]) is { } values
            ? new ContentIndexValueFilter(ContentIndexField.Tag, values.Values, values.Negate)
            : ContentQueryErrors.InvalidFilterValue("The 'tag' filter needs a tag, e.g. tag:thema:ndsg.");
}
