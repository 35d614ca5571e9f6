using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Runs fetch/filter/sort/paging over a snapshot. Shared by the Delivery API and the reader site. Each token is
/// parsed once per request by the first handler that can handle it (Umbraco's strategy shape); the options then run
/// over the snapshot in memory (see <see cref="ContentQueryRunner"/>). Never throws for any request.
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

    public ContentQueryOutcome Execute(ContentSnapshot snapshot, ContentQueryRequest request)
    {
        var context = new ContentQueryContext(snapshot, request.Culture ?? Cultures.Default, request.StartItem);

        var selection = BuildSelection(request.Fetch, context);
        if (selection is null)
        {
            return ContentQueryOutcome.Failure(ContentQueryErrors.SelectorNotFound);
        }

        var filters = new List<FilterOption>(request.Filters?.Count ?? 0);
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

        var sorts = new List<SortOption>(request.Sorts?.Count ?? 0);
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

        var query = new ContentQueryRunner(context.Culture, [.. filters], [.. sorts]);
        return query.Run(selection.Items, Math.Max(0, request.Skip), Math.Max(0, request.Take));
    }

    /// <summary>The fetch option; without one, everything under the start item (inclusive) or all content.</summary>
    private SelectorOption? BuildSelection(string? fetch, ContentQueryContext context)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return context.StartItem is { } start
                ? new SelectorOption(context.Snapshot.GetDescendants(start.Key).Prepend(start))
                : new SelectorOption(context.Snapshot.All);
        }

        var token = fetch.Trim();
        foreach (var handler in _selectors)
        {
            if (handler.CanHandle(token))
            {
                return handler.BuildSelectorOption(token, context);
            }
        }

        return null;
    }

    private QueryOptionResult<FilterOption> BuildFilter(string token, ContentQueryContext context)
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

    private QueryOptionResult<SortOption> BuildSort(string token)
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
