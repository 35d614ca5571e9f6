using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// The host's status code pages, but German HTML (<see cref="ReaderStatusPage"/>) for a client error on a reader
/// path that a browser asked for: a 405 from routing or <see cref="PageMethodFilter"/> would otherwise be an English
/// text or problem body. API paths and non-HTML clients keep the host's problem details.
/// </summary>
internal sealed class ReaderStatusCodePages : IPostConfigureOptions<StatusCodePagesOptions>
{
    public void PostConfigure(string? name, StatusCodePagesOptions options)
    {
        var fallback = options.HandleAsync;
        options.HandleAsync = context =>
        {
            var http = context.HttpContext;
            if (ReaderPath.IsReserved(http.Request.Path.Value ?? "/") || !ReaderRequest.AcceptsHtml(http.Request)
                || http.Response.StatusCode is < 400 or >= 500)
            {
                return fallback(context);
            }

            var response = http.Response;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            ReaderHeaders.Apply(response);
            return response.Body.WriteAsync(ReaderStatusPage.For(response.StatusCode), http.RequestAborted).AsTask();
        };
    }
}
