using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>
/// GET /content/item/{*path}: one item by route, below the Start-Item when one is given (Umbraco's
/// ByRouteContentApiController). The first accepted culture whose route matches wins and is the response culture.
/// An old route of a moved item answers 301 with Location (the new route path) and Umbraco's
/// Location-Start-Item-Path/-Id headers. Paths are looked up in the snapshot only, never on disk; a segment that
/// could not be a URL segment ("..", encoded slashes, dots) is a 404.
/// </summary>
internal static class GetContentByRoute
{
    private const int MaxPathLength = 2000;

    public static IResult Handle(
        string? path, [AsParameters] ItemRequest request, HttpContext http, DeliveryRequestReader reader, ContentItemWriter writer)
    {
        if (!reader.TryRead(http, request, out var context, out var failure))
        {
            return failure;
        }

        if (!request.TryGetShape(out var shape, out var problem))
        {
            return problem;
        }

        path ??= string.Empty;
        if (context.Preview && PreviewPath.TryRead(path, out var previewKey))
        {
            return context.Snapshot.GetByKey(previewKey) is { } draft
                ? writer.Write(http, context, draft, shape)
                : TypedResults.NotFound();
        }

        if (!IsWellFormed(path))
        {
            return TypedResults.NotFound();
        }

        foreach (var culture in context.Cultures.Cultures)
        {
            var route = Combine(context.StartItem, culture, path);
            if (context.Snapshot.GetByRoute(route, culture) is { } item)
            {
                return writer.Write(http, context with { Cultures = CulturePreference.Single(culture) }, item, shape);
            }
        }

        return Redirect(http, context, path, writer) ?? TypedResults.NotFound();
    }

    private static IResult? Redirect(HttpContext http, DeliveryRequestContext context, string path, ContentItemWriter writer)
    {
        foreach (var culture in context.Cultures.Cultures)
        {
            var route = Combine(context.StartItem, culture, path);
            if (context.Snapshot.GetRedirectTarget(route, culture) is { } target)
            {
                return writer.WriteRedirect(http, context, target, culture);
            }
        }

        return null;
    }

    /// <summary>The start item's route plus the requested path: "/" for the first root, "/{segment}/" for others.</summary>
    private static string Combine(PublishedContent? startItem, string culture, string path)
    {
        var prefix = startItem is null
            ? "/"
            : (startItem.GetCulture(culture) ?? startItem.GetCulture(Cultures.Default) ?? startItem.Cultures.Values.First()).Path;
        return $"{prefix.TrimEnd('/')}/{path.Trim('/')}";
    }

    private static bool IsWellFormed(string path)
    {
        if (path.Length > MaxPathLength)
        {
            return false;
        }

        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!UrlSegment.IsValid(segment.ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }
}
