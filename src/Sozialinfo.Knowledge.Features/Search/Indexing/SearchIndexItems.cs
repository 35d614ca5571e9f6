using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Features.Search.Indexing;

/// <summary>Turns snapshot items into <see cref="SearchIndexItem"/>s with their dossier, ancestor keys and tree order.</summary>
internal static class SearchIndexItems
{
    public const string DossierType = "dossier";

    public static IEnumerable<SearchIndexItem> All(ContentSnapshot snapshot) => From(snapshot, snapshot.All);

    /// <summary>The items of <paramref name="snapshot"/> that the index <paramref name="indexName"/> holds.</summary>
    public static IEnumerable<SearchIndexItem> All(ContentSnapshot snapshot, string indexName) =>
        From(snapshot, snapshot.All.Where(item => Holds(indexName, item)));

    /// <summary>
    /// Whether the index holds <paramref name="item"/>. The reader's search (ExternalIndex) leaves out the search
    /// settings (synonym groups and their folder): they are no answer for a reader and must not come up as type-ahead
    /// titles. The Delivery API's indexes hold every item; its DisallowedContentTypeAliases decide what it shows.
    /// </summary>
    public static bool Holds(string indexName, PublishedContent item) =>
        !string.Equals(indexName, SearchIndexNames.ExternalIndex, StringComparison.Ordinal) || !SearchSettingsTypes.Contains(item.ContentType);

    public static IEnumerable<SearchIndexItem> From(ContentSnapshot snapshot, IEnumerable<PublishedContent> items) =>
        items.Select(item => For(snapshot, item));

    /// <summary>Index documents an index built from <paramref name="snapshot"/> holds: one per item and culture.</summary>
    public static int DocumentCount(ContentSnapshot snapshot) => snapshot.All.Sum(item => item.Cultures.Count);

    /// <summary>Index documents the index <paramref name="indexName"/> built from <paramref name="snapshot"/> holds.</summary>
    public static int DocumentCount(ContentSnapshot snapshot, string indexName) =>
        snapshot.All.Where(item => Holds(indexName, item)).Sum(item => item.Cultures.Count);

    private static SearchIndexItem For(ContentSnapshot snapshot, PublishedContent item)
    {
        var ancestors = snapshot.GetAncestors(item.Key).ToList();
        var dossier = string.Equals(item.ContentType, DossierType, StringComparison.Ordinal)
            ? item
            : ancestors.FirstOrDefault(a => string.Equals(a.ContentType, DossierType, StringComparison.Ordinal));
        var rootToSelf = new List<PublishedContent>(ancestors.Count + 1);
        for (var index = ancestors.Count - 1; index >= 0; index--)
        {
            rootToSelf.Add(ancestors[index]);
        }

        rootToSelf.Add(item);
        return new SearchIndexItem(item, dossier?.Key, [.. ancestors.Select(a => a.Key)], TreeOrderKey.For(rootToSelf));
    }
}
