namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>Result order; everything but <see cref="Relevance"/> mirrors a Delivery API <c>sort</c> token.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the reader site's search).</summary>
    Relevance,

    /// <summary>By name of the culture, case-insensitive ordinal.</summary>
    Name,

    CreateDate,

    UpdateDate,

    /// <summary>Position among siblings.</summary>
    SortOrder,

    /// <summary>Depth in the tree, 1 for a root.</summary>
    Level,
}
