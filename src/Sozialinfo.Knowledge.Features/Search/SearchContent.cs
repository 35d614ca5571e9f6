using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// GET /api/search?q=&amp;type=&amp;dossier=&amp;tag=&amp;dimension=&amp;skip=&amp;take=: published content of the reader's
/// culture (Accept-Language, de-CH by default), best first, with HTML-safe snippets, facet counts over all matches
/// and a spelling suggestion ("Meinten Sie …?") whenever a word is in no text and a close one is; timedOut when the time bound cut the search short. Filters
/// may repeat (OR within one, AND across).
/// </summary>
internal static class SearchContent
{
    public static Results<Ok<SearchResponse>, ValidationProblem> Handle(
        HttpRequest request,
        [FromKeyedServices(SearchIndexNames.ExternalIndex)] ISearchIndex index,
        PublishedContentCache cache,
        SearchResponseCache answers,
        SearchSynonyms synonyms,
        IOptions<SearchOptions> options,
        string? q,
        string? skip,
        string? take,
        string[]? type,
        string[]? dossier,
        string[]? tag,
        string[]? dimension)
    {
        if (!SearchInput.TryReadText(q, out var text, out var problem)
            || !SearchInput.TryReadNumber(skip, "skip", 0, 0, SearchInput.MaxSkip, out var skipValue, out problem)
            || !SearchInput.TryReadNumber(take, "take", 10, 1, SearchInput.MaxTake, out var takeValue, out problem)
            || !SearchInput.TryReadFilter(type, "type", out var types, out problem)
            || !SearchInput.TryReadDossiers(dossier, out var dossiers, out problem)
            || !SearchInput.TryReadFilter(tag, "tag", out var tags, out problem)
            || !SearchInput.TryReadFilter(dimension, "dimension", out var dimensions, out problem))
        {
            return problem!;
        }

        var culture = SearchInput.Culture(request);
        var snapshot = cache.Published;
        var key = SearchResponseCache.Key(text, culture, skipValue, takeValue, types, dossiers, tags, dimensions);
        if (answers.TryGet(snapshot.Version, key, out var known))
        {
            return TypedResults.Ok(known);
        }

        var results = index.Search(new SearchQuery
        {
            Text = text,
            Culture = culture,
            Synonyms = synonyms.For(snapshot, culture),
            ContentTypes = types,
            Dossiers = dossiers,
            Tags = tags,
            Dimensions = dimensions,
            Skip = skipValue,
            Take = takeValue,
            Facets = SearchFacetNames.All,
            TimeBudget = options.Value.TimeBudget,
        });

        var items = results.Hits.Select(hit => new SearchResponseItem(
            hit.Key,
            hit.Title ?? snapshot.GetByKey(hit.Key)?.GetCulture(hit.Culture)?.Name ?? string.Empty,
            hit.ContentType,
            hit.Route,
            hit.Snippet,
            float.IsFinite(hit.Score) ? hit.Score : 0,
            hit.Culture)).ToList();
        var response = new SearchResponse(results.Total, items, Facets(results, snapshot, culture), results.Suggestion, results.TimedOut);
        if (!results.TimedOut)
        {
            // A cut-short answer is not kept: the next request may have the time to find everything.
            answers.Add(snapshot.Version, key, response);
        }

        return TypedResults.Ok(response);
    }

    private static Dictionary<string, IReadOnlyList<SearchFacetValue>> Facets(SearchResults results, ContentSnapshot snapshot, string culture) =>
        SearchFacetNames.All.ToDictionary(
            name => name,
            name => (IReadOnlyList<SearchFacetValue>)[.. (results.Facets.GetValueOrDefault(name) ?? [])
                .Select(facet => new SearchFacetValue(facet.Value, facet.Count, name == SearchFacetNames.Dossier ? DossierName(snapshot, facet.Value, culture) : null))],
            StringComparer.Ordinal);

    private static string? DossierName(ContentSnapshot snapshot, string value, string culture) =>
        Guid.TryParse(value, out var key) && snapshot.GetByKey(key) is { } dossier
            ? (dossier.GetCulture(culture) ?? dossier.GetCulture(Core.Content.Cultures.Default))?.Name
            : null;
}
