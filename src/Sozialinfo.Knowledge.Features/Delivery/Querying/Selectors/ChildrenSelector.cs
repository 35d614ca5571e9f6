namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary><c>children:{id|path}</c>: the item's children in sort order.</summary>
internal sealed class ChildrenSelector : ISelectorHandler
{
    private const string Specifier = "children:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public SelectorOption BuildSelectorOption(string selector, ContentQueryContext context) =>
        SelectorTarget.Find(selector[Specifier.Length..], context) is { } item
            ? new SelectorOption(context.Snapshot.GetChildren(item.Key))
            : SelectorOption.Empty;
}
