using Microsoft.AspNetCore.Html;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>
/// Runs a reader's search against the index and turns the results into <see cref="SearchPageView"/>. Facets are
/// counted disjunctively: a group's counts ignore the group's own selection (so choosing "Artikel" still shows how
/// many dossiers match), while every other selected filter applies.
/// </summary>
internal static class SearchPageBuilder
{
    public const int PageSize = 10;
    private const int PageLinks = 5;
    private const int MaxFacetOptions = 12;

    // The page promises articles, dossiers, offers and events. The imprint, privacy notice, contact and accessibility
    // pages are linked from every footer; in the hit list they would outrank the articles on their own topic (the
    // privacy notice on "Datenschutz"). /api/search still finds them.
    private static readonly string[] ExcludedTypes = [ReaderContentTypes.TextPage];

    public static SearchPageView Build(ISearchIndex index, ContentSnapshot snapshot, SynonymTable synonyms, SearchRequest request, TimeSpan timeBudget)
    {
        if (!request.HasText)
        {
            return new SearchPageView(request, SearchPageState.Empty, 0, [], [], null, null, false);
        }

        var query = ToQuery(request) with { Synonyms = synonyms, TimeBudget = timeBudget };
        var results = index.Search(query with { Skip = (request.Page - 1) * PageSize });
        var page = request.Page;
        if (results.Hits.Count == 0 && results.Total > 0 && page > 1)
        {
            // Beyond the last page (a stale link or a typed number): show the last page instead of an empty one.
            page = LastPage(results.Total);
            results = index.Search(query with { Skip = (page - 1) * PageSize });
        }

        var suggestion = results.Suggestion is { Length: > 0 } spelled
            && !string.Equals(spelled, request.Text, StringComparison.OrdinalIgnoreCase)
            ? new LinkSuggestion(spelled, SearchLinks.ForText(spelled))
            : null;
        if (results.Total == 0)
        {
            return new SearchPageView(request, SearchPageState.NoHits, 0, [], Facets(index, snapshot, request, query, results), null, suggestion, results.TimedOut);
        }

        var hits = results.Hits.Select(h => ToView(h, snapshot)).ToList();
        return new SearchPageView(
            request with { Page = page },
            SearchPageState.Results,
            results.Total,
            hits,
            Facets(index, snapshot, request, query, results),
            Paging(request, page, results.Total),
            suggestion,
            results.TimedOut);
    }

    private static SearchQuery ToQuery(SearchRequest request) => new()
    {
        Text = request.Text,
        Culture = Cultures.Default,
        ContentTypes = request.Types,
        ExcludedContentTypes = ExcludedTypes,
        Dossiers = request.Dossiers,
        Tags = [.. request.Themes.Select(t => SearchParameters.ThemeTagPrefix + t)],
        Dimensions = request.Dimensions,
        Take = PageSize,
        Facets = SearchFacetNames.All,
        Highlight = true,
    };

    private static SearchHitView ToView(SearchHit hit, ContentSnapshot snapshot)
    {
        var item = snapshot.GetByKey(hit.Key);
        var culture = item?.GetCulture(Cultures.Default);
        var title = hit.Title ?? culture?.Name ?? "Ohne Titel";
        var href = culture?.Path ?? hit.Route ?? "/";
        return new SearchHitView(title, href, ContentTypeLabels.For(hit.ContentType), hit.Snippet is { Length: > 0 } s ? new HtmlString(s) : null);
    }

    private static List<FacetGroupView> Facets(ISearchIndex index, ContentSnapshot snapshot, SearchRequest request, SearchQuery query, SearchResults results)
    {
        IReadOnlyList<FacetCount> Counts(string facet, bool ownSelection)
        {
            // With a selection in this group, count over the search without that selection.
            var source = !ownSelection ? results : index.Search(query with
            {
                ContentTypes = facet == SearchFacetNames.ContentType ? [] : query.ContentTypes,
                Dossiers = facet == SearchFacetNames.Dossier ? [] : query.Dossiers,
                Tags = facet == SearchFacetNames.Tag ? [] : query.Tags,
                Dimensions = facet == SearchFacetNames.Dimension ? [] : query.Dimensions,
                Take = 0,
                Highlight = false,
                Facets = [facet],
            });
            return source.Facets.GetValueOrDefault(facet) ?? [];
        }

        var themes = Counts(SearchFacetNames.Tag, request.Themes.Count > 0)
            .Where(c => c.Value.StartsWith(SearchParameters.ThemeTagPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Value[SearchParameters.ThemeTagPrefix.Length..] is var theme ? (theme, Readable(theme), c.Count) : default);
        var groups = new List<FacetGroupView>
        {
            Group("typ", "Inhaltstyp", request, SearchParameters.Type, request.Types,
                Counts(SearchFacetNames.ContentType, request.Types.Count > 0).Select(c => (c.Value, ContentTypeLabels.For(c.Value), c.Count))),
            Group("dossier", "Dossier", request, SearchParameters.Dossier, request.Dossiers,
                Counts(SearchFacetNames.Dossier, request.Dossiers.Count > 0).Select(c => (c.Value, DossierName(snapshot, c.Value), c.Count))),
            Group("thema", "Thema", request, SearchParameters.Theme, request.Themes, themes),
            Group("dimension", "Dimension", request, SearchParameters.Dimension, request.Dimensions,
                Counts(SearchFacetNames.Dimension, request.Dimensions.Count > 0).Select(c => (c.Value, Readable(c.Value), c.Count))),
        };
        return [.. groups.Where(g => g.Options.Count > 0)];
    }

    private static FacetGroupView Group(
        string id,
        string title,
        SearchRequest request,
        string parameter,
        IReadOnlyList<string> selected,
        IEnumerable<(string Value, string Label, int Count)> counts)
    {
        var options = counts
            .Where(c => c.Count > 0 || selected.Contains(c.Value, StringComparer.Ordinal))
            .Take(MaxFacetOptions)
            .Select(c => new FacetOptionView(c.Label, c.Count, SearchLinks.Toggle(request, parameter, c.Value), selected.Contains(c.Value, StringComparer.Ordinal)))
            .ToList();
        return new FacetGroupView(id, title, options);
    }

    private static string DossierName(ContentSnapshot snapshot, string key) =>
        Guid.TryParse(key, out var guid) && snapshot.GetByKey(guid)?.GetCulture(Cultures.Default) is { } culture ? culture.Name : "Dossier";

    private static string Readable(string value) => value.Replace('-', ' ');

    private static int LastPage(int total) => Math.Min(SearchRequest.MaxPage, Math.Max(1, (total + PageSize - 1) / PageSize));

    private static SearchPaging? Paging(SearchRequest request, int page, int total)
    {
        var last = LastPage(total);
        if (last == 1)
        {
            return null;
        }

        var first = Math.Clamp(page - (PageLinks / 2), 1, Math.Max(1, last - PageLinks + 1));
        var pages = Enumerable.Range(first, Math.Min(PageLinks, last - first + 1)).Select(n => (n, SearchLinks.For(request, n))).ToList();
        return new SearchPaging(
            page,
            last,
            page > 1 ? SearchLinks.For(request, page - 1) : null,
            page < last ? SearchLinks.For(request, page + 1) : null,
            pages);
    }
}
