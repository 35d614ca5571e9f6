namespace Sozialinfo.Knowledge.Core.Content.Nodes;

/// <summary>
/// One culture of a node: the current draft and the published copy side by side, as Umbraco keeps a draft and a
/// published version. Unique per (<see cref="NodeKey"/>, <see cref="Culture"/>).
/// </summary>
/// <remarks>
/// <see cref="PropertiesJson"/> is a JSON object: property alias to value in storage form (string; array of strings
/// for tags; ISO 8601 string for dates; number; bool; GUID string for a content picker; array of GUID strings for a
/// tree picker; raw Markdown string for the Markdown editor). Invariant values are written to every culture variant.
/// </remarks>
public sealed class ContentVariant
{
    public const int CultureMaxLength = 16;
    public const int NameMaxLength = 255;
    public const int UrlSegmentMaxLength = 255;

    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    public string Culture { get; set; } = string.Empty;

    /// <summary>Draft name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Draft URL segment.</summary>
    public string UrlSegment { get; set; } = string.Empty;

    /// <summary>Draft property values (JSON object).</summary>
    public string PropertiesJson { get; set; } = "{}";

    /// <summary>When the draft was last saved.</summary>
    public DateTimeOffset UpdateDate { get; set; }

    public string? PublishedName { get; set; }

    public string? PublishedUrlSegment { get; set; }

    /// <summary>Published property values (JSON object), or null when this culture is not published.</summary>
    public string? PublishedPropertiesJson { get; set; }

    public DateTimeOffset? PublishDate { get; set; }

    /// <summary>True when this culture has a published copy. Not stored.</summary>
    public bool IsPublished => PublishedPropertiesJson is not null;
}
