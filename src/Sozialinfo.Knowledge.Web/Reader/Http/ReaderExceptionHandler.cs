using Microsoft.AspNetCore.Diagnostics;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// Answers an unhandled exception on a reader page with the German error page. API paths and clients that do not
/// ask for HTML fall through to the problem-details handler of the host.
/// </summary>
internal sealed class ReaderExceptionHandler(ILogger<ReaderExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (ReaderPath.IsReserved(request.Path.Value ?? "/") || httpContext.Response.HasStarted || !ReaderRequest.AcceptsHtml(request))
        {
            return false;
        }

        logger.LogError(exception, "Reader page {Path} failed", request.Path.Value);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        ReaderHeaders.Apply(response);
        await response.Body.WriteAsync(ReaderStatusPage.For(response.StatusCode), cancellationToken);
        return true;
    }
}
