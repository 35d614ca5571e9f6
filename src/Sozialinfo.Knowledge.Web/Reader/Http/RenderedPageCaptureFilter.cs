using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// Renders a page that asked for it (<see cref="RenderedPageCapture"/>) into memory, stores the bytes for the next
/// request with the same ETag, then sends them in the coding the client accepts.
/// </summary>
internal sealed class RenderedPageCaptureFilter : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var httpContext = context.HttpContext;
        if (context.Result is not PageResult || httpContext.Items[RenderedPageCapture.ItemKey] is not RenderedPageCapture capture)
        {
            await next();
            return;
        }

        var response = httpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream(32 * 1024);
        response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            response.Body = original;
        }

        var html = buffer.ToArray();
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            await EncodedResponse.WriteAsync(httpContext, capture.Store.Add(capture.EntityTag, html), RenderedPageResult.ContentType);
            return;
        }

        response.ContentLength = html.Length;
        await original.WriteAsync(html, httpContext.RequestAborted);
    }
}
