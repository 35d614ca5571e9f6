namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary><c>ancestors:{id|path}</c>: the item's ancestors from the root down, without the item itself.</summary>
internal sealed class AncestorsSelector : ISelectorHandler
{
    private const string Specifier = "ancestors:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public SelectorOption BuildSelectorOption(string selector, ContentQueryContext context) =>
        SelectorTarget.Find(selector[Specifier.Length..], context) is { } item
            ? new SelectorOption(context.Snapshot.GetAncestors(item.Key).Reverse())
            : SelectorOption.Empty;
}
