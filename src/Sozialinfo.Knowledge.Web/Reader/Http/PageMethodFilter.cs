using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// A Razor page answers GET and HEAD (it renders, with or without an OnGet) and the methods it has handlers for
/// (OnPost: POST); any other method gets 405 with the Allow header. Without this, Razor Pages renders the page for any
/// method without running a handler (TRACE /suche threw on its missing view model) or answers an antiforgery 400, so
/// the filter runs before the antiforgery check.
/// </summary>
internal sealed class PageMethodFilter : IAuthorizationFilter, IOrderedFilter
{
    // Before AutoValidateAntiforgeryTokenAttribute (order 1000).
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.ActionDescriptor is not CompiledPageActionDescriptor page)
        {
            return;
        }

        var allowed = new List<string> { HttpMethods.Get, HttpMethods.Head };
        foreach (var handler in page.HandlerMethods)
        {
            if (string.Equals(handler.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var name = handler.HttpMethod.ToUpperInvariant();
            if (!allowed.Contains(name))
            {
                allowed.Add(name);
            }
        }

        context.HttpContext.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
