using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Web.Editor;

namespace Sozialinfo.Knowledge.Web.Pages.Redaktion;

/// <summary>
/// /redaktion/suchindex (signed-in editors): per index documents, last update, health and schema version; POST
/// rebuilds every index from the store and comes back here with a confirmation. Also lists the content that cannot
/// be rendered (readers see it without those values), so editors can repair it.
/// </summary>
internal sealed class SuchindexModel(SearchIndexOverview overview, UnrenderedContentOverview unrendered, SearchIndexRebuild rebuild) : PageModel
{
    private const string MessageKey = "Suchindex.Meldung";

    public IReadOnlyList<IndexStatusView> Indexes { get; private set; } = [];

    public IReadOnlyList<UnrenderedContentView> Unrendered { get; private set; } = [];

    public string? Message { get; private set; }

    public void OnGet()
    {
        Indexes = overview.Current();
        Unrendered = unrendered.Current();
        Message = TempData[MessageKey] as string;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await rebuild.RunAsync();
        TempData[MessageKey] = "Die Suchindizes wurden neu aufgebaut.";
        return RedirectToPage();
    }
}
