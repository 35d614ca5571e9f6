using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Requests;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>
/// GET /content/items?id=a&amp;id=b: several items by key as a bare JSON array, in request order, each once
/// (Umbraco's ByIdsContentApiController). Unknown, hidden and untranslated ids are left out; a malformed id is a 400
/// validation problem.
/// </summary>
internal static class GetContentByIds
{
    public static IResult Handle(
        [AsParameters] Request request, HttpContext http, DeliveryRequestReader reader, ContentListWriter writer)
    {
        if (!reader.TryRead(http, request, out var context, out var failure))
        {
            return failure;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shape = request.ParseShape(errors);
        var keys = ParseIds(request.Id ?? [], reader.MaxTake, errors);
        if (errors.Count > 0 || shape is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var items = new List<PublishedContent>(keys.Count);
        foreach (var key in keys)
        {
            if (context.Snapshot.GetByKey(key) is { } item)
            {
                items.Add(item);
            }
        }

        string?[] tagParts = [.. keys.Select(k => k.ToString("N")), request.Expand, request.Fields];
        return writer.WriteArray(http, context, items, shape, EntityTags.List(context, "items", tagParts));
    }

    private static List<Guid> ParseIds(string[] ids, int maxCount, Dictionary<string, string[]> errors)
    {
        if (ids.Length > maxCount)
        {
            errors["id"] = [$"At most {maxCount} ids may be requested at once."];
            return [];
        }

        var keys = new List<Guid>(ids.Length);
        var seen = new HashSet<Guid>();
        var invalid = new List<string>();
        foreach (var id in ids)
        {
            if (Guid.TryParse(id, out var key))
            {
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
            else
            {
                invalid.Add($"The value '{InputEcho.Quote(id)}' is not a valid GUID.");
            }
        }

        if (invalid.Count > 0)
        {
            errors["id"] = [.. invalid];
        }

        return keys;
    }

    internal sealed class Request : ItemRequest
    {
        [FromQuery(Name = "id")]
        public string[]? Id { get; set; }
    }
}
