using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary>
/// <c>ancestors:{id|path}</c>: the item's ancestors from the root down, without the item itself. As in Umbraco, the
/// ancestors' keys come from the content cache and the index is asked for those keys.
/// </summary>
internal sealed class AncestorsSelector : ISelectorHandler
{
    private const string Specifier = "ancestors:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public ContentIndexValueFilter BuildSelectorOption(string selector, ContentQueryContext context) =>
        SelectorTarget.Find(selector[Specifier.Length..], context) is { } item
            ? SelectorKeys.Where(ContentIndexField.Key, context.Snapshot.GetAncestors(item.Key).Select(a => a.Key))
            : SelectorKeys.None;
}
