using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary><c>contentType:alias[,alias2]</c> (any of them) or <c>contentType:!alias[,alias2]</c> (none of them).</summary>
internal sealed class ContentTypeFilter : IFilterHandler
{
    private const string Specifier = "contentType:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<FilterOption> BuildFilterOption(string filter, ContentQueryContext context) =>
        FilterValues.Parse(filter[Specifier.Length..]) is { } values
            ? new Option(values)
            : ContentQueryErrors.InvalidFilterValue("The 'contentType' filter needs a document type alias, e.g. contentType:article.");

    private sealed class Option(FilterValues values) : FilterOption
    {
        public override bool IsMatch(PublishedContent content, PublishedCulture culture) =>
            values.Contains(content.ContentType) != values.Negate;
    }
}
