using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;

/// <summary>
/// Finds the item a selector names (Umbraco's QueryOptionBase.GetGuidFromQuery): a GUID key, or a route path in the
/// request culture, below the start item when one is given (as GET /content/item/{path} resolves it).
/// </summary>
internal static class SelectorTarget
{
    public static PublishedContent? Find(string value, ContentQueryContext context)
    {
        if (Guid.TryParse(value, out var key))
        {
            return context.Snapshot.GetByKey(key);
        }

        var path = value.Trim();
        if (path.Length == 0)
        {
            return null;
        }

        var start = context.StartItem;
        var startCulture = start?.GetCulture(context.Culture) ?? start?.GetCulture(Cultures.Default) ?? start?.Cultures.Values.FirstOrDefault();
        var prefix = startCulture?.Path ?? "/";
        return context.Snapshot.GetByRoute($"{prefix.TrimEnd('/')}/{path.Trim('/')}", context.Culture);
    }
}
