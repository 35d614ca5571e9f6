using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Features.Http;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Http;
using Sozialinfo.Knowledge.Web.Reader.Views;

namespace Sozialinfo.Knowledge.Web.Pages;

/// <summary>The one reader page: resolves any content route and renders it by content type, or the German 404 page.</summary>
internal sealed class ContentModel(ReaderPages pages) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;

    public ContentView View { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var resolution = pages.Resolve(Request.Path.Value ?? "/");
        switch (resolution.Kind)
        {
            case ReaderResolutionKind.Reserved:
                return NotFound();
            case ReaderResolutionKind.Redirect:
                return RedirectPermanent(resolution.Location!);
            case ReaderResolutionKind.NotFound:
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
            default:
                if (ConditionalGet.IsNotModified(HttpContext, resolution.EntityTag!, resolution.LastModified))
                {
                    return StatusCode(StatusCodes.Status304NotModified);
                }

                Response.Headers.CacheControl = "no-cache";
                if (resolution.Index.RenderedPages.TryGet(resolution.EntityTag!, out var html))
                {
                    return new RenderedPageResult(html);
                }

                HttpContext.Items[RenderedPageCapture.ItemKey] = new RenderedPageCapture(resolution.Index.RenderedPages, resolution.EntityTag!);
                break;
        }

        (Chrome, View) = pages.Render(resolution);
        return Page();
    }
}
