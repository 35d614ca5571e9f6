namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>The facet fields an index can count, matching the filters of <see cref="SearchQuery"/>.</summary>
public static class SearchFacetNames
{
    public const string ContentType = "contentType";

    public const string Dossier = "dossier";

    public const string Tag = "tag";

    /// <summary>The Digital-Check dimension, from tags "dc-dimension:x" (counted as "x").</summary>
    public const string Dimension = "dimension";

    public static IReadOnlyList<string> All { get; } = [ContentType, Dossier, Tag, Dimension];
}
