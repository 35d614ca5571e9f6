using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Search;
using Sozialinfo.Knowledge.Web.Reader.Views;

namespace Sozialinfo.Knowledge.Web.Pages;

/// <summary>
/// The reader site's search (/suche): German, no script, GET only. Reads the published-content index
/// (<see cref="SearchIndexNames.ExternalIndex"/>); without one, a search answers a German 503 page (the empty
/// form still works).
/// </summary>
internal sealed class SearchModel(IServiceProvider services, ReaderIndexProvider indexes) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;

    public SearchPageView View { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var request = SearchRequest.Parse(Request.Query);
        var reader = indexes.Current;
        var index = request.HasText ? services.GetKeyedService<ISearchIndex>(SearchIndexNames.ExternalIndex) : null;
        if (!request.HasText)
        {
            View = new SearchPageView(request, SearchPageState.Empty, 0, [], [], null, null, false);
        }
        else if (index is null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            View = new SearchPageView(request, SearchPageState.Unavailable, 0, [], [], null, null, false);
        }
        else
        {
            View = SearchPageBuilder.Build(index, reader.Snapshot, request);
            Response.Headers.CacheControl = "private, max-age=60";
        }

        var title = View.State is SearchPageState.Results or SearchPageState.NoHits ? $"Suche: {request.Text}" : "Suche";
        Chrome = new PageChrome(
            $"{title} – {reader.SiteName}",
            "Artikel, Dossiers, Angebote und Veranstaltungen durchsuchen.",
            reader.SiteName,
            reader.Navigation,
            [new LinkView(ChromeBuilder.HomeLabel, "/")],
            "Suche",
            null,
            null,
            reader.Footer);
        return Page();
    }
}
