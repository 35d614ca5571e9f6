using Microsoft.AspNetCore.Mvc.Filters;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>Adds <see cref="ReaderHeaders"/> to every Razor page response, including 304 and 404.</summary>
internal sealed class ReaderHeadersFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context) => ReaderHeaders.Apply(context.HttpContext.Response);

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
