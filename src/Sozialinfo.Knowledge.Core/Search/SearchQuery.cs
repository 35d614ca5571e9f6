using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// A search as a reader types it. <see cref="Text"/> is free user text ("quoted phrases" are phrases; everything
/// else is words); null or blank text with no filter gives no hits, blank text with a filter lists the filtered
/// items (so the Delivery API query path can list children or all items of a type without text). Filters within
/// one field are OR-ed, different fields AND-ed.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>
    /// The longest text a search reads, in characters: the search page's input takes no more, and the search API
    /// answers a longer one with 400. Long enough for any question a reader types, short enough to bound the query.
    /// </summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// The default of <see cref="TimeBudget"/>: far above what a query needs (the word caps keep every query to a few
    /// milliseconds of work, a cold first search after start included), so only an overloaded machine reaches it,
    /// and then a search answers what it has instead of holding its thread.
    /// </summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(1);

    /// <summary>Wall-clock time one search may take; past it, the search answers what it has found, marked as timed out.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    public string? Text { get; init; }

    /// <summary>
    /// The editors' synonyms of <see cref="Culture"/>, applied to the loose words of <see cref="Text"/> (not to
    /// "quoted phrases"): a word or word sequence that is a term of a group also finds the group's other terms,
    /// weighted below what the reader typed.
    /// </summary>
    public SynonymTable Synonyms { get; init; } = SynonymTable.Empty;

    /// <summary>Only documents of this culture (e.g. "de-CH").</summary>
    public string Culture { get; init; } = Content.Cultures.Default;

    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Dossier keys ("D" format GUID strings).</summary>
    public IReadOnlyList<string> Dossiers { get; init; } = [];

    /// <summary>Full tags, e.g. "thema:ndsg".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Digital-Check dimensions without prefix, e.g. "datenschutz" for the tag "dc-dimension:datenschutz".</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>Content types to leave out (the Delivery API's disallowed types).</summary>
    public IReadOnlyList<string> ExcludedContentTypes { get; init; } = [];

    /// <summary>Items to leave out (the article a "related" list is shown on, items already recommended).</summary>
    public IReadOnlyList<Guid> ExcludedKeys { get; init; } = [];

    /// <summary>Only direct children of these items (Delivery API <c>fetch=children:</c>).</summary>
    public IReadOnlyList<Guid> ParentKeys { get; init; } = [];

    /// <summary>Only descendants of these items (Delivery API <c>fetch=descendants:</c>); needs <see cref="SearchIndexItem.AncestorKeys"/>.</summary>
    public IReadOnlyList<Guid> AncestorKeys { get; init; } = [];

    /// <summary>Blank text lists every item (of the culture) instead of none: the Delivery API's query without fetch.</summary>
    public bool BlankTextMatchesAll { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public bool SortDescending { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    /// <summary>Facet fields to count over all matches; see <see cref="SearchFacetNames"/>.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>Whether to compute highlighted snippets for the returned page.</summary>
    public bool Highlight { get; init; } = true;
}
