namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>One page of hits, the total number of matches and the facet counts over all matches.</summary>
/// <param name="Total">Every match, not only this page (no 10,000-hit ceiling).</param>
/// <param name="Hits">The requested page, best first.</param>
/// <param name="Facets">Per requested facet field, values by descending count.</param>
/// <param name="TimedOut">True when the time bound cut the search short: hits and counts are partial.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool TimedOut)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), false);
}
