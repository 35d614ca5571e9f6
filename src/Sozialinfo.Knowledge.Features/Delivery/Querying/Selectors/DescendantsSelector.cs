using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary><c>descendants:{id|path}</c>: everything below the item in tree order, without the item itself.</summary>
internal sealed class DescendantsSelector : ISelectorHandler
{
    private const string Specifier = "descendants:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public ContentIndexValueFilter BuildSelectorOption(string selector, ContentQueryContext context) =>
        SelectorTarget.Find(selector[Specifier.Length..], context) is { } item
            ? SelectorKeys.Where(ContentIndexField.Ancestor, [item.Key])
            : SelectorKeys.None;
}
