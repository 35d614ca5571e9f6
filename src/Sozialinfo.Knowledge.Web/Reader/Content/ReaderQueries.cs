using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Delivery.Querying;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// The reader site's questions to the content, asked through the same query service as the Delivery API
/// (fetch/filter/sort tokens) against the same DeliveryApiContentIndex, so both agree on what "the articles of a
/// dossier" or "the events" are.
/// </summary>
internal sealed class ReaderQueries(
    ContentQueryService service, [FromKeyedServices(SearchIndexNames.DeliveryApiContentIndex)] ISearchIndex index)
{
    // Pages of this size stay below any sensible configured MaxTake of the Delivery API.
    private const int PageSize = 100;

    public IReadOnlyList<PublishedContent> Children(ContentSnapshot snapshot, Guid parent, string contentType) =>
        Run(snapshot, $"children:{parent}", [$"contentType:{contentType}"], ["sortOrder:asc"]);

    public int CountChildren(ContentSnapshot snapshot, Guid parent, string contentType) =>
        Execute(snapshot, new ContentQueryRequest($"children:{parent}", [$"contentType:{contentType}"], [], 0, 0, Cultures.Default, null)).Total;

    public IReadOnlyList<PublishedContent> OfType(ContentSnapshot snapshot, string contentType, string sort) =>
        Run(snapshot, null, [$"contentType:{contentType}"], [sort]);

    private IReadOnlyList<PublishedContent> Run(ContentSnapshot snapshot, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts)
    {
        var first = Execute(snapshot, new ContentQueryRequest(fetch, filters, sorts, 0, PageSize, Cultures.Default, null));
        if (first.Total <= first.Items.Count)
        {
            return first.Items;
        }

        var items = new List<PublishedContent>(first.Total);
        items.AddRange(first.Items);
        while (items.Count < first.Total)
        {
            var page = Execute(snapshot, new ContentQueryRequest(fetch, filters, sorts, items.Count, PageSize, Cultures.Default, null));
            if (page.Items.Count == 0)
            {
                break;
            }

            items.AddRange(page.Items);
        }

        return items;
    }

    private ContentQueryOutcome Execute(ContentSnapshot snapshot, ContentQueryRequest request)
    {
        var outcome = service.Execute(snapshot, index, request);
        return outcome.Error is { } error
            ? throw new InvalidOperationException($"Reader query failed ({error.Title}): {error.Detail}")
            : outcome;
    }
}
