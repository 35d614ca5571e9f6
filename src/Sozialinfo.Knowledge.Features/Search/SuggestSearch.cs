using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// GET /api/search/suggest?q=: type-ahead for the reader's culture: titles (with route) and tags starting with the
/// last word typed. Blank input gives an empty list; more than <see cref="SearchInput.MaxTextLength"/> characters a 400
/// problem, as for /api/search.
/// </summary>
internal static class SuggestSearch
{
    private const int MaxPrefixLength = 100;
    private const int Take = 8;

    public static Results<Ok<IReadOnlyList<SearchSuggestionItem>>, ValidationProblem> Handle(
        HttpRequest request,
        [FromKeyedServices(SearchIndexNames.ExternalIndex)] ISearchIndex index,
        string? q)
    {
        if (!SearchInput.TryReadText(q, out _, out var problem))
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok<IReadOnlyList<SearchSuggestionItem>>([]);
        }

        var prefix = q.Length > MaxPrefixLength ? q[..MaxPrefixLength] : q;
        var suggestions = index.Suggest(prefix, SearchInput.Culture(request), Take);
        return TypedResults.Ok<IReadOnlyList<SearchSuggestionItem>>(
            [.. suggestions.Select(s => new SearchSuggestionItem(s.Text, s.Route, s.Key is null ? "tag" : "title"))]);
    }
}
