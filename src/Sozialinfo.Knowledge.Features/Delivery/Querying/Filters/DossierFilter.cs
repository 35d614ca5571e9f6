using Sozialinfo.Knowledge.Core.Content.Published;

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

    // A tree is never this deep; the cap only guards against a parent cycle in bad data.
    private const int MaxDepth = 256;

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<FilterOption> BuildFilterOption(string filter, ContentQueryContext context)
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

        return new Option(context.Snapshot, [.. keys], values.Negate);
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

    private sealed class Option(ContentSnapshot snapshot, Guid[] dossiers, bool negate) : FilterOption
    {
        public override bool IsMatch(PublishedContent content, PublishedCulture culture) => IsBelowDossier(content) != negate;

        private bool IsBelowDossier(PublishedContent content)
        {
            var depth = 0;
            for (var parent = content.ParentKey; parent is { } key && depth < MaxDepth; parent = snapshot.GetByKey(key)?.ParentKey, depth++)
            {
                if (Array.IndexOf(dossiers, key) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
