using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// The values the current snapshots left out because they cannot be rendered (stored before the Markdown limits, or
/// under higher ones): published copies first, then drafts, each by name. Readers see those items without them.
/// </summary>
internal sealed class UnrenderedContentOverview(PublishedContentCache cache)
{
    public IReadOnlyList<UnrenderedContentView> Current() =>
        [.. Views(cache.Published, "Veröffentlicht"), .. Views(cache.Preview, "Entwurf")];

    private static IEnumerable<UnrenderedContentView> Views(ContentSnapshot snapshot, string state) =>
        from item in snapshot.All
        from culture in item.Cultures.Values
        from property in culture.Unrendered
        orderby culture.Name, culture.Culture, property.Alias
        select new UnrenderedContentView(item.Key, culture.Name, culture.Culture, state, property.Alias, property.Message);
}
