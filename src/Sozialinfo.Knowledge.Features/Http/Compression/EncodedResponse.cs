using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Features.Http.Compression;

/// <summary>
/// Sends a cached body in the coding the client accepts, with Content-Encoding, Vary: Accept-Encoding and the ETag of
/// that coding. The caller has already set the identity ETag and answered a matching If-None-Match; a client holding
/// a compressed copy sends the coding's tag, which is checked here (304). The response compression middleware leaves
/// a response alone once it has a Content-Encoding.
/// </summary>
internal static class EncodedResponse
{
    private const string AcceptEncoding = "Accept-Encoding";
    private const int MaxRememberedVary = 32;

    // The few Vary values the endpoints set (Delivery API, reader pages), each with Accept-Encoding appended once.
    private static readonly ConcurrentDictionary<string, string> VaryWithAcceptEncoding = new(StringComparer.Ordinal);
    private static readonly Task Done = Task.CompletedTask;

    public static ResponseEncoding Negotiate(HttpContext http) => AcceptEncodingNegotiator.Negotiate(http.Request.Headers.AcceptEncoding);

    public static Task WriteAsync(HttpContext http, EncodedBody body, string contentType) =>
        WriteAsync(http, body.Get(Negotiate(http)), contentType);

    public static Task WriteAsync(HttpContext http, EncodedVariant variant, string contentType)
    {
        var response = http.Response;
        AddVary(http);
        if (variant.ContentEncoding is { } coding)
        {
            response.Headers.ETag = variant.QuotedEntityTag;
            if (ConditionalGet.IfNoneMatchContains(http.Request, variant.QuotedEntityTag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Done;
            }

            response.Headers.ContentEncoding = coding;
        }

        response.ContentType = contentType;
        response.ContentLength = variant.Bytes.Length;
        return HttpMethods.IsHead(http.Request.Method)
            ? Done
            : response.Body.WriteAsync(variant.Bytes, http.RequestAborted).AsTask();
    }

    /// <summary>
    /// Adds Accept-Encoding to Vary, keeping the values already there (Accept-Language, Preview, ...). Like the response
    /// compression middleware, only when the request has Accept-Encoding: a response to a request without it is the
    /// identity body, which every client accepts.
    /// </summary>
    public static void AddVary(HttpContext http)
    {
        if (http.Request.Headers.AcceptEncoding.Count == 0)
        {
            return;
        }

        var headers = http.Response.Headers;
        var vary = headers.Vary;
        if (vary.Count == 0)
        {
            headers.Vary = AcceptEncoding;
            return;
        }

        if (vary.Count == 1 && vary[0] is { } single && VaryWithAcceptEncoding.TryGetValue(single, out var known))
        {
            headers.Vary = known;
            return;
        }

        var values = headers.GetCommaSeparatedValues(HeaderNames.Vary);
        if (values.Contains(AcceptEncoding, StringComparer.OrdinalIgnoreCase) || values.Contains("*", StringComparer.Ordinal))
        {
            return;
        }

        var combined = string.Join(", ", [.. values, AcceptEncoding]);
        if (vary.Count == 1 && VaryWithAcceptEncoding.Count < MaxRememberedVary)
        {
            VaryWithAcceptEncoding.TryAdd(vary[0]!, combined);
        }

        headers.Vary = combined;
    }
}
