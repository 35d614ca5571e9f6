using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>dossier:{key|segment}[,...]</c>: items below a dossier (the dossier is an ancestor; the dossier itself does not
/// match). A segment is looked up in the request culture first, then in the other cultures. An unknown dossier
/// matches nothing.
/// </summary>
internal sealed class DossierFilter : IFilterHandler
{
    private const string Specifier = "dossier:";
    private const string DossierType = "dossier";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context)
    {
        if (FilterValues.Parse(filter[Specifier.Length..]) is not { } values)
        {
            return ContentQueryErrors.InvalidFilterValue(
                "The 'dossier' filter needs a dossier key or URL segment, e.g. dossier:datenschutz.");
        }

        var keys = new List<Guid>(values.Values.Length);
        foreach (var value in values.Values)
        {
            if (Find(value, context) is { } dossier)
            {
                keys.Add(dossier.Key);
            }
        }

        // An unknown dossier leaves no key: the filter then matches nothing (negated: everything).
        return new ContentIndexValueFilter(ContentIndexField.Ancestor, [.. keys.Select(k => k.ToString("D"))], values.Negate);
    }

    private static PublishedContent? Find(string value, ContentQueryContext context)
    {
        if (Guid.TryParse(value, out var key))
        {
            return context.Snapshot.GetByKey(key) is { ContentType: DossierType } byKey ? byKey : null;
        }

        PublishedContent? inOtherCulture = null;
        foreach (var content in context.Snapshot.All)
        {
            if (content.ContentType != DossierType)
            {
                continue;
            }

            if (content.GetCulture(context.Culture) is { } culture && IsSegment(culture, value))
            {
                return content;
            }

            inOtherCulture ??= content.Cultures.Values.Any(c => IsSegment(c, value)) ? content : null;
        }

        return inOtherCulture;
    }

    private static bool IsSegment(PublishedCulture culture, string value) =>
        string.Equals(culture.UrlSegment, value, StringComparison.OrdinalIgnoreCase);
}
