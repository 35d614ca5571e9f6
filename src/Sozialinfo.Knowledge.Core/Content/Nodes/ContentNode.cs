namespace Sozialinfo.Knowledge.Core.Content.Nodes;

/// <summary>
/// A node of the content tree (Umbraco's umbracoNode + cmsDocument): its place in the tree and its type.
/// Names, URL segments and property values live per culture in <see cref="Variants"/>.
/// </summary>
public sealed class ContentNode
{
    public const int ContentTypeAliasMaxLength = 64;

    public Guid Key { get; set; }

    /// <summary>The parent node, or null for a root node. A parent with children cannot be deleted.</summary>
    public Guid? ParentKey { get; set; }

    public string ContentTypeAlias { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    /// <summary>Depth in the tree: 1 for a root node.</summary>
    public int Level { get; set; }

    public DateTimeOffset CreateDate { get; set; }

    public DateTimeOffset UpdateDate { get; set; }

    /// <summary>One variant per culture; deleted with the node.</summary>
    public List<ContentVariant> Variants { get; set; } = [];
}
