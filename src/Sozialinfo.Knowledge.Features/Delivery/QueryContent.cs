using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>
/// GET /content: a page of a fetch/filter/sort query (Umbraco's QueryContentApiController), as
/// { "total": n, "items": [...] }, answered by the DeliveryApiContentIndex (InternalIndex for preview). Paging is validated here (400 validation problem); fetch/filter/sort errors come
/// from the query service with Umbraco's problem titles. Hidden document types are excluded inside the query, as
/// extra contentType filters, so the total matches what paging returns. Complete outcomes are kept per snapshot
/// version (<see cref="ContentQueryCache"/>).
/// </summary>
internal static class QueryContent
{
    // How long a query waits for a snapshot swap when the index already answers for a publish in progress.
    private static readonly TimeSpan SwapWait = TimeSpan.FromMilliseconds(10);
    private const int MaxSwapWaits = 100;

    public static async Task<IResult> Handle(
        [AsParameters] Request request,
        HttpContext http,
        DeliveryRequestReader reader,
        ContentQueryService queries,
        ContentQueryCache outcomes,
        [FromKeyedServices(SearchIndexNames.DeliveryApiContentIndex)] ISearchIndex publishedIndex,
        [FromKeyedServices(SearchIndexNames.InternalIndex)] ISearchIndex previewIndex,
        ContentListWriter writer)
    {
        if (!reader.TryRead(http, request, out var context, out var failure))
        {
            return failure;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (skip, take) = Paging.Parse(request.Skip, request.Take, reader.MaxTake, errors);
        var shape = request.ParseShape(errors);
        if (errors.Count > 0 || shape is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filters = request.Filter ?? [];
        var sorts = request.Sort ?? [];
        var query = new ContentQueryRequest(
            request.Fetch, [.. filters, .. reader.HiddenTypeFilters], sorts, skip, take, context.Cultures.Primary, context.StartItem);
        var cacheKey = ContentQueryCache.Key(context.Preview, query);
        if (!outcomes.TryGet(context.Snapshot.Version, cacheKey, out var outcome))
        {
            outcome = queries.Execute(context.Snapshot, context.Preview ? previewIndex : publishedIndex, query);
        }

        // A page always holds what its total promises: if the index is a publish ahead of the snapshot, wait for the
        // swap (it follows within milliseconds) and ask again with the newer snapshot.
        for (var wait = 0; outcome.Unresolved > 0 && wait < MaxSwapWaits; wait++)
        {
            await Task.Delay(SwapWait, http.RequestAborted);
            if (!reader.TryRead(http, request, out context, out failure))
            {
                return failure;
            }

            query = query with { Culture = context.Cultures.Primary, StartItem = context.StartItem };
            outcome = queries.Execute(context.Snapshot, context.Preview ? previewIndex : publishedIndex, query);
        }

        if (outcome.Error is null && outcome.Unresolved == 0)
        {
            outcomes.Add(context.Snapshot.Version, cacheKey, outcome);
        }

        if (outcome.Error is { } error)
        {
            return TypedResults.Problem(title: error.Title, detail: error.Detail, statusCode: StatusCodes.Status400BadRequest);
        }

        string?[] tagParts =
        [
            context.StartItem?.Key.ToString("N"), request.Fetch, string.Join('\u0001', filters), string.Join('\u0001', sorts),
            skip.ToString(System.Globalization.CultureInfo.InvariantCulture), take.ToString(System.Globalization.CultureInfo.InvariantCulture),
            request.Expand, request.Fields, outcome.IndexVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        return writer.WritePage(http, context, outcome.Total, outcome.Items, shape, EntityTags.List(context, "query", tagParts));
    }

    internal sealed class Request : ItemRequest
    {
        [FromQuery(Name = "fetch")]
        public string? Fetch { get; set; }

        [FromQuery(Name = "filter")]
        public string[]? Filter { get; set; }

        [FromQuery(Name = "sort")]
        public string[]? Sort { get; set; }

        [FromQuery(Name = "skip")]
        public string? Skip { get; set; }

        [FromQuery(Name = "take")]
        public string? Take { get; set; }
    }
}
