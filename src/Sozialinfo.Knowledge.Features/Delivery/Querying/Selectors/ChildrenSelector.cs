using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary><c>children:{id|path}</c>: the item's children (in tree order, i.e. by sort order, unless sorted).</summary>
internal sealed class ChildrenSelector : ISelectorHandler
{
    private const string Specifier = "children:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public ContentIndexValueFilter BuildSelectorOption(string selector, ContentQueryContext context) =>
        SelectorTarget.Find(selector[Specifier.Length..], context) is { } item
            ? SelectorKeys.Where(ContentIndexField.Parent, [item.Key])
            : SelectorKeys.None;
}
