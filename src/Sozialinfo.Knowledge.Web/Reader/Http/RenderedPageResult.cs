using Microsoft.AspNetCore.Mvc;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>Sends a page rendered earlier for the same ETag, in the coding the client accepts (compressed once).</summary>
internal sealed class RenderedPageResult(EncodedBody page) : IActionResult
{
    public const string ContentType = "text/html; charset=utf-8";

    public Task ExecuteResultAsync(ActionContext context) => EncodedResponse.WriteAsync(context.HttpContext, page, ContentType);
}
