using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// GET /api/search/recommend?need=dimension:level[:weight]&amp;type=&amp;skip=&amp;take=: the Digital-Check's
/// recommendations: published items tagged with the needed dimensions, preferring the needed maturity level, each
/// need weighted (default 1); text about the dimension follows where tags are thin. Same hit shape as /api/search
/// (without snippets), no facets.
/// </summary>
internal static partial class RecommendContent
{
    private const int MaxNeeds = 12;

    public static Results<Ok<SearchResponse>, ValidationProblem> Handle(
        HttpRequest request,
        [FromKeyedServices(SearchIndexNames.ExternalIndex)] ISearchIndex index,
        PublishedContentCache cache,
        IOptions<SearchOptions> options,
        string[]? need,
        string? skip,
        string? take,
        string[]? type)
    {
        if (!TryReadNeeds(need, out var needs, out var problem)
            || !SearchInput.TryReadNumber(skip, "skip", 0, 0, SearchInput.MaxSkip, out var skipValue, out problem)
            || !SearchInput.TryReadNumber(take, "take", 10, 1, SearchInput.MaxTake, out var takeValue, out problem)
            || !SearchInput.TryReadFilter(type, "type", out var types, out problem))
        {
            return problem!;
        }

        var culture = SearchInput.Culture(request);
        var results = index.Recommend(needs, new SearchQuery { Culture = culture, ContentTypes = types, Skip = skipValue, Take = takeValue, Highlight = false, TimeBudget = options.Value.TimeBudget });
        var snapshot = cache.Published;
        var items = results.Hits.Select(hit => new SearchResponseItem(
            hit.Key,
            hit.Title ?? snapshot.GetByKey(hit.Key)?.GetCulture(hit.Culture)?.Name ?? string.Empty,
            hit.ContentType,
            hit.Route,
            Snippet: null,
            float.IsFinite(hit.Score) ? hit.Score : 0,
            hit.Culture)).ToList();
        return TypedResults.Ok(new SearchResponse(results.Total, items, new Dictionary<string, IReadOnlyList<SearchFacetValue>>(), Suggestion: null, results.TimedOut));
    }

    private static bool TryReadNeeds(string[]? values, out IReadOnlyList<RecommendationNeed> needs, out ValidationProblem? problem)
    {
        needs = [];
        problem = null;
        var given = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var parsed = given.Select(Parse).ToList();
        if (given.Count is 0 or > MaxNeeds || parsed.Any(n => n is null))
        {
            problem = TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["need"] = [$"«need» braucht 1 bis {MaxNeeds} Angaben der Form Dimension:Stufe[:Gewicht], z. B. «datenschutz:2» oder «infrastruktur:3:0.5» (Stufe 1 bis 5, Gewicht über 0 bis 100)."],
                },
                title: "Ungültige Empfehlungsanfrage");
            return false;
        }

        needs = [.. parsed.Select(n => n!)];
        return true;
    }

    private static RecommendationNeed? Parse(string value)
    {
        var match = NeedPattern().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var level = int.Parse(match.Groups["level"].Value, CultureInfo.InvariantCulture);
        var weight = match.Groups["weight"].Success
            ? double.Parse(match.Groups["weight"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : 1;
        return weight is > 0 and <= 100 ? new RecommendationNeed(match.Groups["dimension"].Value.ToLowerInvariant(), level, weight) : null;
    }

    [GeneratedRegex(@"^(?<dimension>[A-Za-z0-9][A-Za-z0-9-]{0,49}):(?<level>[1-5])(:(?<weight>[0-9]{1,3}(\.[0-9]{1,3})?))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NeedPattern();
}
