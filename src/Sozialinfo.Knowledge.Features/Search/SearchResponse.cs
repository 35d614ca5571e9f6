namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// The answer of GET /api/search: one page of hits (<see cref="SearchResponseItem"/>; its snippet is HTML-safe, with
/// matched words in &lt;mark&gt;), all matches counted, facets over all matches (<see cref="SearchFacetValue"/>; the
/// dossier facet's values are keys and carry the dossier's name as label) and "Meinten Sie …?" as suggestion when
/// the query found little. TimedOut says the time bound cut the search short: items, total and facets are partial.
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchResponseItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<SearchFacetValue>> Facets,
    string? Suggestion,
    bool TimedOut);

/// <summary>One hit of <see cref="SearchResponse"/>.</summary>
public sealed record SearchResponseItem(Guid Id, string Name, string ContentType, string? Route, string? Snippet, float Score, string Culture);

/// <summary>One facet value and its count; Label only for the dossier facet.</summary>
public sealed record SearchFacetValue(string Value, int Count, string? Label);

/// <summary>A type-ahead entry: Kind "title" (with the item's route) or "tag".</summary>
public sealed record SearchSuggestionItem(string Text, string? Route, string Kind);

/// <summary>What GET /api/search/status reports per index.</summary>
public sealed record SearchIndexStatusItem(string Name, int DocumentCount, DateTimeOffset? LastUpdated, string Health, int SchemaVersion, string? Detail);
