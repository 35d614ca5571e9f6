using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Web.Editor;

namespace Sozialinfo.Knowledge.Web.Pages.Redaktion;

/// <summary>/redaktion: the editors' area starts at the search index status page.</summary>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(EditorSignIn.HomePath);
}
