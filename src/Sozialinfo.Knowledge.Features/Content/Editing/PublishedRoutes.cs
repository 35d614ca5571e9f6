using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// The live routes of the published tree per node and culture, computed by <see cref="ContentSnapshot"/> itself
/// (without property values), so the redirects recorded on a move or rename match what readers were served.
/// </summary>
internal static class PublishedRoutes
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    public static Dictionary<(Guid Key, string Culture), string> Compute(IEnumerable<ContentNode> nodes)
    {
        var items = PublishedSelection.Routable(nodes).Select(node => new PublishedContent(
            node.Key, node.ParentKey, node.ContentTypeAlias, node.SortOrder, node.CreateDate, variesByCulture: true, isPublished: true,
            node.Variants.Where(v => v.IsPublished).ToDictionary(
                v => v.Culture,
                v => new PublishedCulture(v.Culture, v.PublishedName ?? v.Name, v.PublishedUrlSegment ?? v.UrlSegment, v.PublishDate ?? v.UpdateDate, NoProperties),
                StringComparer.OrdinalIgnoreCase)));
        var snapshot = new ContentSnapshot(1, items, []);
        return snapshot.All
            .SelectMany(item => item.Cultures.Values.Select(culture => (item.Key, culture.Culture, culture.Path)))
            .ToDictionary(r => (r.Key, r.Culture), r => r.Path);
    }
}
