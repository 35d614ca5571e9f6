using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary><c>dimension:key[,key]</c>: items tagged with a Digital-Check dimension, i.e. the tag <c>dc-dimension:key</c>.</summary>
internal sealed class DimensionFilter : IFilterHandler
{
    private const string Specifier = "dimension:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context) =>
        FilterValues.Parse(filter[Specifier.Length..]) is { } values
            ? new ContentIndexValueFilter(ContentIndexField.Tag, [.. values.Values.Select(key => DigitalCheckTags.DimensionPrefix + key)], values.Negate)
            : ContentQueryErrors.InvalidFilterValue("The 'dimension' filter needs a Digital-Check dimension, e.g. dimension:datenschutz.");
}
