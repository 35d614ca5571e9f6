using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Web.Editor;

namespace Sozialinfo.Knowledge.Web.Pages.Redaktion;

/// <summary>/redaktion/abmelden: GET asks, POST (with the antiforgery token) ends the editors' session.</summary>
internal sealed class AbmeldenModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await EditorSignIn.SignOutAsync(HttpContext);
        return RedirectToPage();
    }
}
