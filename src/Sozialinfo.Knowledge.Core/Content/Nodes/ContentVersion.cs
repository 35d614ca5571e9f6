namespace Sozialinfo.Knowledge.Core.Content.Nodes;

/// <summary>
/// History: one row per save or publish of a culture of a node. Unique per
/// (<see cref="NodeKey"/>, <see cref="Culture"/>, <see cref="VersionNumber"/>); deleted with the node.
/// </summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    public string Culture { get; set; } = string.Empty;

    public int VersionNumber { get; set; }

    public string Name { get; set; } = string.Empty;

    public string UrlSegment { get; set; } = string.Empty;

    /// <summary>Property values of this version (JSON object, same form as <see cref="ContentVariant.PropertiesJson"/>).</summary>
    public string PropertiesJson { get; set; } = "{}";

    public DateTimeOffset CreateDate { get; set; }

    /// <summary>True when this version was written by a publish, false for a draft save.</summary>
    public bool IsPublishedVersion { get; set; }
}
