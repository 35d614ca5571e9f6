namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>
/// Fetch, filter, sort and paging over an index without text or scores: the Delivery API's query path, as Umbraco
/// serves it from its DeliveryApiContentIndex. Filters are AND-ed; sorts apply in order and ties keep tree order
/// (depth first, siblings by sort order), which is also the order without sorts. Only documents of
/// <see cref="Culture"/> match.
/// </summary>
public sealed record ContentIndexListing
{
    public string Culture { get; init; } = Content.Cultures.Default;

    public IReadOnlyList<ContentIndexFilter> Filters { get; init; } = [];

    public IReadOnlyList<ContentIndexSort> Sorts { get; init; } = [];

    public int Skip { get; init; }

    /// <summary>0 counts without returning keys.</summary>
    public int Take { get; init; } = 10;
}
