using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Applies validated drafts, publishes and unpublishes on the tracked tree, as Umbraco does: invariant values are
/// shared by every culture, the published copy sits next to the draft. Only real changes touch an entity, so
/// re-applying the same content changes nothing; <see cref="Changed"/> lists what did change.
/// </summary>
internal sealed class ContentWriter(ContentTree tree, DocumentTypeCatalog catalog, DateTimeOffset now)
{
    private readonly List<ContentNode> _newNodes = [];
    private readonly HashSet<ContentVariant> _changed = [];
    private readonly HashSet<ContentVariant> _published = [];

    public IReadOnlyList<ContentNode> NewNodes => _newNodes;

    /// <summary>Variants whose draft or published copy changed; each gets a new version.</summary>
    public IReadOnlyCollection<ContentVariant> Changed => _changed;

    public bool WasPublished(ContentVariant variant) => _published.Contains(variant);

    /// <summary>Saves the draft of one culture; tells whether the variant is new and whether anything changed.</summary>
    public DraftSaved SaveDraft(
        ValidatedContent content, DateTimeOffset? createDate = null, DateTimeOffset? updateDate = null)
    {
        var date = updateDate ?? now;
        var node = tree.Find(content.Key) ?? CreateNode(content, createDate ?? now, date);
        var nodeChanged = content.InvariantValues is not null && UpdateNode(node, content, createDate);

        var variant = node.Variants.FirstOrDefault(v => string.Equals(v.Culture, content.Culture, StringComparison.Ordinal));
        var created = variant is null;
        if (variant is null)
        {
            variant = new ContentVariant { NodeKey = node.Key, Culture = content.Culture };
            node.Variants.Add(variant);
        }

        var invariant = content.InvariantValues ?? SharedDraftValues(node, content.Type);
        var json = PropertyBag.Compose(content.Type, content.VariantValues, invariant);
        var changed = created
            || !string.Equals(variant.Name, content.Name, StringComparison.Ordinal)
            || !string.Equals(variant.UrlSegment, content.Segment, StringComparison.Ordinal)
            || !string.Equals(variant.PropertiesJson, json, StringComparison.Ordinal);
        if (changed || (updateDate is { } explicitDate && explicitDate != variant.UpdateDate))
        {
            (variant.Name, variant.UrlSegment, variant.PropertiesJson, variant.UpdateDate) = (content.Name, content.Segment, json, date);
            _changed.Add(variant);
        }

        if (content.InvariantValues is not null)
        {
            foreach (var other in node.Variants.Where(v => v != variant))
            {
                var otherJson = PropertyBag.Compose(content.Type, PropertyBag.Variant(content.Type, PropertyBag.Parse(other.PropertiesJson)), invariant);
                if (!string.Equals(other.PropertiesJson, otherJson, StringComparison.Ordinal))
                {
                    (other.PropertiesJson, other.UpdateDate) = (otherJson, date);
                    _changed.Add(other);
                }
            }
        }

        var anyChanged = nodeChanged || node.Variants.Any(_changed.Contains);
        if (anyChanged)
        {
            node.UpdateDate = date;
        }

        return new DraftSaved(node, variant, created, anyChanged);
    }

    /// <summary>
    /// Copies the draft of <paramref name="variant"/> to its published copy and shares its invariant values with
    /// the other published cultures. Without <paramref name="publishDate"/> an unchanged variant stays untouched.
    /// </summary>
    public bool Publish(ContentNode node, ContentVariant variant, DateTimeOffset? publishDate = null)
    {
        var date = publishDate ?? now;
        var type = catalog.Find(node.ContentTypeAlias)
            ?? throw new InvalidOperationException($"Document type '{node.ContentTypeAlias}' is not defined.");
        var changed = !variant.IsPublished
            || !string.Equals(variant.PublishedName, variant.Name, StringComparison.Ordinal)
            || !string.Equals(variant.PublishedUrlSegment, variant.UrlSegment, StringComparison.Ordinal)
            || !string.Equals(variant.PublishedPropertiesJson, variant.PropertiesJson, StringComparison.Ordinal)
            || (publishDate is { } explicitDate && explicitDate != variant.PublishDate);
        if (changed)
        {
            (variant.PublishedName, variant.PublishedUrlSegment, variant.PublishedPropertiesJson, variant.PublishDate) =
                (variant.Name, variant.UrlSegment, variant.PropertiesJson, date);
            MarkPublished(node, variant, date);
        }

        var invariant = PropertyBag.Invariant(type, PropertyBag.Parse(variant.PropertiesJson));
        foreach (var other in node.Variants.Where(v => v != variant && v.IsPublished))
        {
            var json = PropertyBag.Compose(type, PropertyBag.Variant(type, PropertyBag.Parse(other.PublishedPropertiesJson)), invariant);
            if (!string.Equals(other.PublishedPropertiesJson, json, StringComparison.Ordinal))
            {
                (other.PublishedPropertiesJson, other.PublishDate) = (json, date);
                MarkPublished(node, other, date);
                changed = true;
            }
        }

        return changed;
    }

    public bool Unpublish(ContentNode node, ContentVariant variant)
    {
        if (!variant.IsPublished)
        {
            return false;
        }

        (variant.PublishedName, variant.PublishedUrlSegment, variant.PublishedPropertiesJson, variant.PublishDate) = (null, null, null, null);
        node.UpdateDate = now;
        return true;
    }

    private ContentNode CreateNode(ValidatedContent content, DateTimeOffset createDate, DateTimeOffset updateDate)
    {
        var node = new ContentNode
        {
            Key = content.Key,
            ParentKey = content.ParentKey,
            ContentTypeAlias = content.Type.Alias,
            SortOrder = content.SortOrder ?? 0,
            Level = LevelBelow(content.ParentKey),
            CreateDate = createDate,
            UpdateDate = updateDate,
        };
        tree.Add(node);
        _newNodes.Add(node);
        return node;
    }

    private bool UpdateNode(ContentNode node, ValidatedContent content, DateTimeOffset? createDate)
    {
        var changed = false;
        if (node.ParentKey != content.ParentKey)
        {
            node.ParentKey = content.ParentKey;
            SetLevels(node, LevelBelow(content.ParentKey));
            changed = true;
        }

        if (content.SortOrder is { } sortOrder && sortOrder != node.SortOrder)
        {
            node.SortOrder = sortOrder;
            changed = true;
        }

        if (createDate is { } date && date != node.CreateDate)
        {
            node.CreateDate = date;
            changed = true;
        }

        return changed;
    }

    private int LevelBelow(Guid? parentKey) => parentKey is { } key && tree.Find(key) is { } parent ? parent.Level + 1 : 1;

    private void SetLevels(ContentNode node, int level)
    {
        node.Level = level;
        foreach (var child in tree.ChildrenOf(node.Key))
        {
            SetLevels(child, level + 1);
        }
    }

    private static Dictionary<string, System.Text.Json.Nodes.JsonNode?> SharedDraftValues(ContentNode node, DocumentType type)
    {
        var source = node.Variants.FirstOrDefault(v => string.Equals(v.Culture, Cultures.Default, StringComparison.Ordinal))
            ?? node.Variants.FirstOrDefault();
        return PropertyBag.Invariant(type, PropertyBag.Parse(source?.PropertiesJson));
    }

    private void MarkPublished(ContentNode node, ContentVariant variant, DateTimeOffset date)
    {
        _changed.Add(variant);
        _published.Add(variant);
        if (date > node.UpdateDate)
        {
            node.UpdateDate = date;
        }
    }
}
