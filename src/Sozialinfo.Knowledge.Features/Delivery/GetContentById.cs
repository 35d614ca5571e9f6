using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>GET /content/item/{id}: one item by key (Umbraco's ByIdContentApiController).</summary>
internal static class GetContentById
{
    public static IResult Handle(
        Guid id, [AsParameters] ItemRequest request, HttpContext http, DeliveryRequestReader reader, ContentItemWriter writer)
    {
        if (!reader.TryRead(http, request, out var context, out var failure))
        {
            return failure;
        }

        if (!request.TryGetShape(out var shape, out var problem))
        {
            return problem;
        }

        return context.Snapshot.GetByKey(id) is { } item
            ? writer.Write(http, context, item, shape)
            : TypedResults.NotFound();
    }
}
