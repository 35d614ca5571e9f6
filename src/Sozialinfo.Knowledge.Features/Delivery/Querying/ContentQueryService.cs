using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Runs fetch/filter/sort/paging against an index, as Umbraco serves its query endpoint from the
/// DeliveryApiContentIndex. Shared by the Delivery API and the reader site. Each token is parsed once per request by
/// the first handler that can handle it (Umbraco's strategy shape) into a condition or sort on an index field; the
/// index answers with the exact total and the page's keys, and the items come from the snapshot. Never throws for
/// any request.
/// </summary>
internal sealed class ContentQueryService
{
    private readonly ISelectorHandler[] _selectors;
    private readonly IFilterHandler[] _filters;
    private readonly ISortHandler[] _sorts;

    public ContentQueryService(
        IEnumerable<ISelectorHandler> selectors, IEnumerable<IFilterHandler> filters, IEnumerable<ISortHandler> sorts)
    {
        _selectors = [.. selectors];
        _filters = [.. filters];
        _sorts = [.. sorts];
        if (_selectors.Length == 0 || _filters.Length == 0 || _sorts.Length == 0)
        {
            // An empty handler list would turn every fetch/filter/sort into a silent 400; fail at start instead.
            throw new InvalidOperationException("No query handlers are registered: call services.AddContentQuerying().");
        }
    }

    /// <param name="snapshot">Where the items of the page come from (published or preview).</param>
    /// <param name="index">The index that follows <paramref name="snapshot"/>: DeliveryApiContentIndex for published
    /// content, InternalIndex for preview.</param>
    /// <param name="request">The raw fetch/filter/sort tokens, paging, culture and start item.</param>
    public ContentQueryOutcome Execute(ContentSnapshot snapshot, ISearchIndex index, ContentQueryRequest request)
    {
        var context = new ContentQueryContext(snapshot, request.Culture ?? Cultures.Default, request.StartItem);

        if (!TryBuildSelection(request.Fetch, context, out var selection))
        {
            return ContentQueryOutcome.Failure(ContentQueryErrors.SelectorNotFound);
        }

        var filters = new List<ContentIndexFilter>((request.Filters?.Count ?? 0) + 1);
        if (selection is not null)
        {
            filters.Add(selection);
        }

        foreach (var token in request.Filters ?? [])
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                continue;
            }

            var result = BuildFilter(token.Trim(), context);
            if (result.Option is null)
            {
                return ContentQueryOutcome.Failure(result.Error ?? ContentQueryErrors.FilterNotFound);
            }

            filters.Add(result.Option);
        }

        var sorts = new List<ContentIndexSort>(request.Sorts?.Count ?? 0);
        foreach (var token in request.Sorts ?? [])
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                continue;
            }

            var result = BuildSort(token.Trim());
            if (result.Option is null)
            {
                return ContentQueryOutcome.Failure(result.Error ?? ContentQueryErrors.SortNotFound);
            }

            sorts.Add(result.Option);
        }

        var page = index.List(new ContentIndexListing
        {
            Culture = context.Culture,
            Filters = filters,
            Sorts = sorts,
            Skip = Math.Max(0, request.Skip),
            Take = Math.Max(0, request.Take),
        });

        // The index is updated before a new snapshot is swapped in, so for a moment it may know an item this snapshot
        // does not yet have; such an item is left out of the page and counted, so a caller can ask again.
        var items = new List<PublishedContent>(page.Keys.Count);
        foreach (var key in page.Keys)
        {
            if (snapshot.GetByKey(key) is { } item)
            {
                items.Add(item);
            }
        }

        return ContentQueryOutcome.Success(page.Total, items, page.IndexVersion, page.Keys.Count - items.Count);
    }

    /// <summary>
    /// The fetch option as a condition; without one, everything under the start item (inclusive), or no condition
    /// (all content). False for a fetch no handler knows.
    /// </summary>
    private bool TryBuildSelection(string? fetch, ContentQueryContext context, out ContentIndexValueFilter? selection)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            selection = context.StartItem is { } start ? SelectorKeys.Where(ContentIndexField.AncestorOrSelf, [start.Key]) : null;
            return true;
        }

        var token = fetch.Trim();
        foreach (var handler in _selectors)
        {
            if (handler.CanHandle(token))
            {
                selection = handler.BuildSelectorOption(token, context);
                return true;
            }
        }

        selection = null;
        return false;
    }

    private QueryOptionResult<ContentIndexFilter> BuildFilter(string token, ContentQueryContext context)
    {
        foreach (var handler in _filters)
        {
            if (handler.CanHandle(token))
            {
                return handler.BuildFilterOption(token, context);
            }
        }

        return ContentQueryErrors.FilterNotFound;
    }

    private QueryOptionResult<ContentIndexSort> BuildSort(string token)
    {
        foreach (var handler in _sorts)
        {
            if (handler.CanHandle(token))
            {
                return handler.BuildSortOption(token);
            }
        }

        return ContentQueryErrors.SortNotFound;
    }
}
