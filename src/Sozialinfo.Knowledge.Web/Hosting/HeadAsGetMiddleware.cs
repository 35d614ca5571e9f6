using Microsoft.AspNetCore.Http.Features;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>
/// HEAD answers as GET without a body (RFC 9110 9.3.2). The API endpoints (/api, /umbraco) are mapped for GET only, so
/// HEAD would otherwise fall through routing (404, or 405 depending on what else matched): there it is turned into GET
/// before routing. The reader pages map HEAD themselves. Every HEAD body is dropped here, not only by Kestrel, so the
/// answer is the same on every server.
/// </summary>
internal sealed class HeadAsGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var asGet = ReaderPath.IsReserved(request.Path.Value ?? "/");
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        if (asGet)
        {
            request.Method = HttpMethods.Get;
        }

        try
        {
            await next(context);
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    }
}
