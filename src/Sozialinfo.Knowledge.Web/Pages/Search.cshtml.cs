using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Search;
using Sozialinfo.Knowledge.Features.Search.RateLimiting;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Search;
using Sozialinfo.Knowledge.Web.Reader.Views;

namespace Sozialinfo.Knowledge.Web.Pages;

/// <summary>
/// The reader site's search (/suche): German, no script, GET only. Reads the published-content index
/// (<see cref="SearchIndexNames.ExternalIndex"/>); without one, a search answers a German 503 page (the empty
/// form still works). Limited per client like the search API (<see cref="SearchRateLimit"/>): a rejected request
/// renders this page without searching, with a German notice and status 429.
/// </summary>
[EnableRateLimiting(SearchRateLimit.PolicyName)]
[RateLimitRejectionPage]
internal sealed class SearchModel(IServiceProvider services, ReaderIndexProvider indexes, SearchSynonyms synonyms, IOptions<SearchOptions> options) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;

    public SearchPageView View { get; private set; } = null!;

    /// <summary>With <see cref="SearchPageState.Limited"/>: the seconds to wait, as in the Retry-After header.</summary>
    public int RetryAfterSeconds { get; private set; }

    public IActionResult OnGet()
    {
        var request = SearchRequest.Parse(Request.Query);
        var reader = indexes.Current;
        var index = request.HasText ? services.GetKeyedService<ISearchIndex>(SearchIndexNames.ExternalIndex) : null;
        if (SearchRateLimit.RejectedRetryAfter(HttpContext) is { } wait)
        {
            // The status, Retry-After and no-store come from the rejection; only the page is left to render.
            RetryAfterSeconds = wait;
            View = new SearchPageView(request, SearchPageState.Limited, 0, [], [], null, null, false);
        }
        else if (!request.HasText)
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
            View = SearchPageBuilder.Build(index, reader.Snapshot, synonyms.For(reader.Snapshot, Cultures.Default), request, options.Value.TimeBudget);
            Response.Headers.CacheControl = "private, max-age=60";
        }

        var title = View.State switch
        {
            SearchPageState.Results or SearchPageState.NoHits => $"Suche: {request.Text}",
            SearchPageState.Limited => "Zu viele Suchanfragen",
            _ => "Suche",
        };
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
