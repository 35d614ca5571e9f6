using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>The candidates of a query in index (tree) order, before culture, filters and sorts.</summary>
internal sealed class SelectorOption(IEnumerable<PublishedContent> items)
{
    public static SelectorOption Empty { get; } = new([]);

    public IEnumerable<PublishedContent> Items { get; } = items;
}
