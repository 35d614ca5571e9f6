using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Writes an already serialised UTF-8 JSON body: the hot path of the Delivery API copies bytes, nothing else. A cached
/// body (<see cref="EncodedBody"/>) is sent in the coding the client accepts, compressed once per coding.
/// </summary>
internal sealed class JsonBytesResult : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    private readonly int _statusCode;
    private readonly EncodedBody? _encoded;

    public JsonBytesResult(ReadOnlyMemory<byte> body, int statusCode = StatusCodes.Status200OK)
    {
        Body = body;
        _statusCode = statusCode;
    }

    public JsonBytesResult(EncodedBody body)
        : this(body.Bytes) => _encoded = body;

    public ReadOnlyMemory<byte> Body { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = _statusCode;
        if (_encoded is not null)
        {
            return EncodedResponse.WriteAsync(httpContext, _encoded, ContentType);
        }

        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
