using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Maps stored nodes to the two snapshots: published (published copies of routable nodes only) and preview (the
/// drafts of everything). Nodes of an unknown document type, and everything below them, are left out.
/// </summary>
internal static class ContentSnapshotMapper
{
    public static ContentSnapshot Published(
        IReadOnlyCollection<ContentNode> nodes, IEnumerable<RouteRedirect> redirects, DocumentTypeCatalog catalog, MarkdownRenderCache markdown, long version)
    {
        var items = PublishedSelection.Reachable(nodes.Where(n => IsPublishedCandidate(n, catalog)))
            .AsParallel()
            .Select(node => MapPublished(node, catalog, markdown))
            .ToList();
        return new ContentSnapshot(version, items, redirects);
    }

    public static ContentSnapshot Preview(
        IReadOnlyCollection<ContentNode> nodes, IEnumerable<RouteRedirect> redirects, DocumentTypeCatalog catalog, MarkdownRenderCache markdown, long version)
    {
        var items = PublishedSelection.Reachable(nodes.Where(n => IsPreviewCandidate(n, catalog)))
            .AsParallel()
            .Select(node => MapPreview(node, catalog, markdown))
            .ToList();
        return new ContentSnapshot(version, items, redirects);
    }

    /// <summary>A node of a known type with a published culture: in the published snapshot if its ancestors are, too.</summary>
    public static bool IsPublishedCandidate(ContentNode node, DocumentTypeCatalog catalog) =>
        catalog.Contains(node.ContentTypeAlias) && node.Variants.Any(v => v.IsPublished);

    /// <summary>A node of a known type with any culture: in the preview snapshot if its ancestors are, too.</summary>
    public static bool IsPreviewCandidate(ContentNode node, DocumentTypeCatalog catalog) =>
        catalog.Contains(node.ContentTypeAlias) && node.Variants.Count > 0;

    public static PublishedContent MapPublished(ContentNode node, DocumentTypeCatalog catalog, MarkdownRenderCache markdown) =>
        Map(node, catalog.Find(node.ContentTypeAlias)!, markdown, preview: false);

    public static PublishedContent MapPreview(ContentNode node, DocumentTypeCatalog catalog, MarkdownRenderCache markdown) =>
        Map(node, catalog.Find(node.ContentTypeAlias)!, markdown, preview: true);

    private static PublishedContent Map(ContentNode node, DocumentType type, MarkdownRenderCache markdown, bool preview)
    {
        var cultures = node.Variants
            .Where(v => preview || v.IsPublished)
            .OrderBy(v => v.Culture, StringComparer.Ordinal)
            .Select(v => preview
                ? Culture(v.Culture, v.Name, v.UrlSegment, v.UpdateDate, Properties(type, v.PropertiesJson, markdown))
                : Culture(v.Culture, v.PublishedName ?? v.Name, v.PublishedUrlSegment ?? v.UrlSegment,
                    v.PublishDate ?? v.UpdateDate, Properties(type, v.PublishedPropertiesJson, markdown)))
            .ToDictionary(c => c.Culture, StringComparer.OrdinalIgnoreCase);
        return new PublishedContent(
            node.Key, node.ParentKey, node.ContentTypeAlias, node.SortOrder, node.CreateDate, type.VariesByCulture,
            isPublished: node.Variants.Any(v => v.IsPublished), cultures);
    }

    private static PublishedCulture Culture(
        string culture, string name, string segment, DateTimeOffset updateDate,
        (Dictionary<string, object?> Values, List<UnrenderedProperty>? Unrendered) properties) =>
        new(culture, name, segment, updateDate, properties.Values, properties.Unrendered);

    /// <summary>The readable values; a Markdown text that cannot be rendered is left out and listed, never thrown.</summary>
    private static (Dictionary<string, object?> Values, List<UnrenderedProperty>? Unrendered) Properties(
        DocumentType type, string? json, MarkdownRenderCache markdown)
    {
        var stored = PropertyBag.Parse(json);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        List<UnrenderedProperty>? unrendered = null;
        foreach (var property in type.Properties)
        {
            if (stored.GetValueOrDefault(property.Alias) is not { } value)
            {
                continue;
            }

            string? problem = null;
            var read = StoredValueReader.Read(property, value, text =>
            {
                var rendering = markdown.Render(text);
                problem = rendering.Problem;
                return rendering.Rendered;
            });
            if (read is not null)
            {
                values[property.Alias] = read;
            }
            else if (problem is not null)
            {
                (unrendered ??= []).Add(new UnrenderedProperty(property.Alias, problem));
            }
        }

        return (values, unrendered);
    }
}
