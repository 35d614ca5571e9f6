using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Search.Indexing;

/// <summary>
/// What changed between two snapshots, as far as an index cares: items that are new or whose position, order or any
/// culture (name, route, update date) differs, and keys that are gone. A move changes the routes of the whole
/// subtree, so descendants are re-indexed with their new routes; a new sort order changes the tree order of the
/// whole subtree, so its descendants are re-indexed too.
/// </summary>
internal sealed record SnapshotDiff(IReadOnlyList<PublishedContent> Changed, IReadOnlyList<Guid> Removed)
{
    public bool IsEmpty => Changed.Count == 0 && Removed.Count == 0;

    public static SnapshotDiff Between(ContentSnapshot previous, ContentSnapshot current)
    {
        var changed = new List<PublishedContent>();
        var reordered = new List<PublishedContent>();
        foreach (var item in current.All)
        {
            var before = previous.GetByKey(item.Key);
            if (before is null || !IsSame(before, item))
            {
                changed.Add(item);
            }

            if (before is not null && before.SortOrder != item.SortOrder)
            {
                reordered.Add(item);
            }
        }

        if (reordered.Count > 0)
        {
            var known = changed.Select(i => i.Key).ToHashSet();
            changed.AddRange(reordered.SelectMany(item => current.GetDescendants(item.Key)).Where(d => known.Add(d.Key)));
        }

        var removed = previous.All
            .Where(item => current.GetByKey(item.Key) is null)
            .Select(item => item.Key)
            .ToList();
        return new SnapshotDiff(changed, removed);
    }

    private static bool IsSame(PublishedContent before, PublishedContent after) =>
        before.ParentKey == after.ParentKey
        && before.SortOrder == after.SortOrder
        && before.Level == after.Level
        && string.Equals(before.ContentType, after.ContentType, StringComparison.Ordinal)
        && before.Cultures.Count == after.Cultures.Count
        && after.Cultures.Values.All(culture => before.GetCulture(culture.Culture) is { } old && IsSame(old, culture));

    private static bool IsSame(PublishedCulture before, PublishedCulture after) =>
        before.UpdateDate == after.UpdateDate
        && string.Equals(before.Path, after.Path, StringComparison.Ordinal)
        && string.Equals(before.Name, after.Name, StringComparison.Ordinal);
}
