using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// A named full-text index over published content (Examine's <c>IIndex</c>, cut down to what the platform uses).
/// One index document per content item and culture. Every write is committed and visible to
/// <see cref="Search"/> before the returned task completes, so an API call that publishes never answers before
/// the index agrees with the store.
/// </summary>
/// <remarks>
/// Implemented by <c>Sozialinfo.Knowledge.Search.Lucene</c>; the Web project binds one instance per name in
/// <see cref="SearchIndexNames"/>. An index holds its files exclusively: a second process (or a second instance
/// in the same process) on the same folder fails at start with a clear error instead of corrupting it.
/// </remarks>
public interface ISearchIndex
{
    /// <summary>One of <see cref="SearchIndexNames"/>.</summary>
    string Name { get; }

    /// <summary>
    /// Adds or replaces every culture of the given items (cultures no longer present are removed).
    /// </summary>
    Task IndexAsync(IEnumerable<SearchIndexItem> items, CancellationToken cancellationToken);

    /// <summary>Removes every culture of the given content keys. Unknown keys are ignored.</summary>
    Task DeleteAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the whole index with <paramref name="items"/> in one commit: searches see the old index until
    /// the new one is complete. Clears <see cref="IndexHealth.RebuildRequired"/>.
    /// </summary>
    Task RebuildAsync(IEnumerable<SearchIndexItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a user query. Never throws for bad user text: syntax is not interpreted except for "quoted phrases",
    /// over-long input is truncated, and query time is bounded (a timed-out search returns what it found so far
    /// with <see cref="SearchResults.TimedOut"/> set).
    /// </summary>
    SearchResults Search(SearchQuery query);

    /// <summary>
    /// A listing by fields (fetch, filter, sort, paging) without text: the Delivery API's query path. Never throws
    /// for any listing; the page holds keys, the caller reads the items from its snapshot.
    /// </summary>
    ContentIndexPage List(ContentIndexListing listing);

    /// <summary>Type-ahead: titles and tags starting with the last word of <paramref name="prefix"/>.</summary>
    IReadOnlyList<SearchSuggestion> Suggest(string prefix, string culture, int take = 8);

    /// <summary>
    /// Digital-Check recommendations: items tagged with the needed dimensions (<c>dc-dimension:x</c>), preferring
    /// those also tagged with the needed level (<c>dc-stufe:n</c>), each need weighted; items whose text is about the
    /// dimension follow where tags are thin. Filters, culture and paging come from <paramref name="filter"/> (its
    /// text is ignored), e.g. ContentTypes for articles, templates or events.
    /// </summary>
    SearchResults Recommend(IReadOnlyList<RecommendationNeed> needs, SearchQuery filter);

    /// <summary>
    /// "Related articles" for an item's page: items sharing its tags first (topic tags count double), then items
    /// with similar titles and leads. The item itself is excluded; culture, filters and paging come from
    /// <paramref name="filter"/> (its text is ignored). Empty when the item is not in the index.
    /// </summary>
    SearchResults Related(Guid key, SearchQuery filter);

    /// <summary>
    /// "Meinten Sie …?": <paramref name="text"/> with every word that occurs in no text replaced by the closest word
    /// that does (in the letter case typed); null when every word is known or nothing close exists. A search returns
    /// the same text as <see cref="SearchResults.Suggestion"/>, from the same lookups.
    /// </summary>
    string? SuggestSpelling(string text, string culture);

    /// <summary>Document count, last change, health and schema version, for the editors' status page.</summary>
    IndexStatus GetStatus();
}
