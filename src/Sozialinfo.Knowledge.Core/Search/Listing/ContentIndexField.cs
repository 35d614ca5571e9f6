namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>The index fields a listing may filter or sort on (the Delivery API query path).</summary>
public enum ContentIndexField
{
    /// <summary>The item's key ("D" format): <c>fetch=ancestors:</c> lists known keys.</summary>
    Key,

    /// <summary>The parent's key: <c>fetch=children:</c>.</summary>
    Parent,

    /// <summary>Every ancestor's key: <c>fetch=descendants:</c> and <c>filter=dossier:</c>.</summary>
    Ancestor,

    /// <summary>The item's own key and every ancestor's: everything below a Start-Item, inclusive.</summary>
    AncestorOrSelf,

    ContentType,

    /// <summary>Tags, compared case-insensitively ("thema:ndsg", "dc-dimension:datenschutz", "dc-stufe:2").</summary>
    Tag,

    /// <summary>The name in the culture: whole words in order, ignoring case and diacritics; sorted as Swiss German.</summary>
    Name,

    CreateDate,

    /// <summary>The last update in the culture.</summary>
    UpdateDate,

    /// <summary>Depth in the tree, 1 for a root.</summary>
    Level,

    /// <summary>Position among siblings.</summary>
    SortOrder,
}
