using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Answers one item: 404 when it is hidden or has no accepted culture, 304 when the client's copy is current,
/// otherwise the JSON with ETag, Last-Modified and Content-Language. The default shape comes from the byte cache.
/// </summary>
internal sealed class ContentItemWriter(ItemBodyCache cache, ApiContentMapper mapper, ContentTypeAccess access)
{
    private static readonly IResult NotFound = TypedResults.NotFound();

    public IResult Write(HttpContext http, DeliveryRequestContext request, PublishedContent item, OutputShape shape)
    {
        var snapshot = cache.For(request.Snapshot, request.Preview);
        if (shape.IsDefault)
        {
            if (cache.Get(request, item) is not { } cached)
            {
                return NotFound;
            }

            return ResponseValidators.Apply(http, request, snapshot, cached.EntityTag, cached.QuotedEntityTag, cached.Culture)
                ?? new JsonBytesResult(cached.Body);
        }

        if (request.Cultures.Pick(item.Cultures) is not { } culture)
        {
            return NotFound;
        }

        var notModified = ResponseValidators.Apply(http, request, snapshot, EntityTags.Item(request, item.Key, shape), null, culture);
        if (notModified is not null)
        {
            return notModified;
        }

        return mapper.Map(request, item, shape) is { } response
            ? new JsonBytesResult(DeliveryJson.Serialize(response))
            : NotFound;
    }

    /// <summary>
    /// 301 to the current route of a moved item, with Umbraco's Location-Start-Item-Path and -Id headers; 404 when
    /// the item is hidden or no longer has the culture.
    /// </summary>
    public IResult WriteRedirect(HttpContext http, DeliveryRequestContext request, PublishedContent target, string culture)
    {
        if (!access.IsAllowed(target.ContentType) || target.GetCulture(culture) is not { } targetCulture)
        {
            return NotFound;
        }

        var root = request.Snapshot.GetRoot(target) ?? target;
        var rootCulture = root.GetCulture(culture) ?? root.Cultures.Values.First();
        http.Response.Headers["Location-Start-Item-Path"] = rootCulture.UrlSegment;
        http.Response.Headers["Location-Start-Item-Id"] = root.Key.ToString("D");
        return TypedResults.Redirect(targetCulture.Path, permanent: true);
    }
}
