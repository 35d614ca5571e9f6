using Microsoft.AspNetCore.Mvc;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>Sends a page rendered earlier for the same ETag.</summary>
internal sealed class RenderedPageResult(byte[] html) : IActionResult
{
    public const string ContentType = "text/html; charset=utf-8";

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = html.Length;
        return HttpMethods.IsHead(context.HttpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(html, context.HttpContext.RequestAborted).AsTask();
    }
}
