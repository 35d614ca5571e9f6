using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary>Selections as conditions on key fields.</summary>
internal static class SelectorKeys
{
    /// <summary>Selects nothing: the selector's item does not exist.</summary>
    public static ContentIndexValueFilter None { get; } = new(ContentIndexField.Key, []);

    public static ContentIndexValueFilter Where(ContentIndexField field, IEnumerable<Guid> keys) =>
        new(field, [.. keys.Select(k => k.ToString("D"))]);
}
