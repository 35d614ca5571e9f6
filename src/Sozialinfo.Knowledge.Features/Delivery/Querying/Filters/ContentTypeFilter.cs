using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>contentType:alias[,alias2]</c> (any of them) or <c>contentType:!alias[,alias2]</c> (none of them); aliases compare
/// case-insensitively.
/// </summary>
internal sealed class ContentTypeFilter : IFilterHandler
{
    private const string Specifier = "contentType:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context) =>
        FilterValues.Parse(filter[Specifier.Length..]) is { } values
            ? new ContentIndexValueFilter(ContentIndexField.ContentType, values.Values, values.Negate)
            : ContentQueryErrors.InvalidFilterValue("The 'contentType' filter needs a document type alias, e.g. contentType:article.");
}
