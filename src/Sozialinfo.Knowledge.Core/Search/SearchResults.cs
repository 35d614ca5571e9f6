namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>One page of hits, the total number of matches and the facet counts over all matches.</summary>
/// <param name="Total">Every match, not only this page (no 10,000-hit ceiling).</param>
/// <param name="Hits">The requested page, best first.</param>
/// <param name="Facets">Per requested facet field, values by descending count.</param>
/// <param name="TimedOut">True when the time budget cut the search short: hits and counts are partial.</param>
/// <param name="Suggestion">
/// "Meinten Sie …?": the text with each word that no text contains replaced by the closest indexed word; null when
/// every word is known or nothing is close. The hits already include what the closest words find.
/// </param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool TimedOut,
    string? Suggestion = null)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), false);
}
