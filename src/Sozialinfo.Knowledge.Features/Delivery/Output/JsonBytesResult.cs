using Microsoft.AspNetCore.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>Writes an already serialised UTF-8 JSON body: the hot path of the Delivery API copies bytes, nothing else.</summary>
internal sealed class JsonBytesResult(ReadOnlyMemory<byte> body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public ReadOnlyMemory<byte> Body { get; } = body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
