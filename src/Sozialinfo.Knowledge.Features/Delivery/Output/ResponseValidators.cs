using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Sozialinfo.Knowledge.Features.Delivery.Requests;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// ETag, Last-Modified, Content-Language and (for preview) private caching on a Delivery API answer; 304 when the
/// client's copy is current. A request without If-None-Match/If-Modified-Since has nothing to compare, so cached
/// items take a fast path that writes the same header values from strings computed once; every conditional request
/// goes through <see cref="ConditionalGet"/>.
/// </summary>
internal static class ResponseValidators
{
    private static readonly IResult NotModified = TypedResults.StatusCode(StatusCodes.Status304NotModified);

    public static IResult? Apply(
        HttpContext http, DeliveryRequestContext request, SnapshotResponses snapshot, string entityTag, string? quotedEntityTag, string? culture)
    {
        var headers = http.Response.Headers;
        if (culture is not null)
        {
            headers.ContentLanguage = culture;
        }

        if (request.Preview)
        {
            headers.CacheControl = "private, no-cache";
        }

        var requestHeaders = http.Request.Headers;
        if (quotedEntityTag is not null
            && !requestHeaders.ContainsKey(HeaderNames.IfNoneMatch)
            && !requestHeaders.ContainsKey(HeaderNames.IfModifiedSince))
        {
            headers.ETag = quotedEntityTag;
            headers.LastModified = snapshot.LastModifiedHeader;
            return null;
        }

        return ConditionalGet.IsNotModified(http, entityTag, snapshot.LastModified) ? NotModified : null;
    }
}
