namespace Sozialinfo.Knowledge.Umbraco.Platform;

/// <summary>
/// One content item in a <see cref="ContentNotificationBatch"/>. It identifies the item and carries what the platform
/// needs to react (type, names, cultures, taxonomy) but no routes: the platform reads full content, routes included,
/// from the site's Delivery API by <see cref="Key"/>.
/// </summary>
public sealed record ContentNotificationItem
{
    /// <summary>The GUID key of the content item (the Delivery API <c>id</c>).</summary>
    public required Guid Key { get; init; }

    /// <summary>The document type alias, for example <c>article</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The name in the configured default culture (or the invariant name).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The cultures the operation affected, with the item's name in each. Culture-invariant content reports the
    /// configured default culture.
    /// </summary>
    public required IReadOnlyList<ContentNotificationCulture> Cultures { get; init; }

    /// <summary>The normalised tags of the <c>tags</c> property (<c>dc-dimension:datenschutz</c>, <c>thema:ndsg</c>).</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The tree level (1 for a root item).</summary>
    public required int Level { get; init; }

    /// <summary>The position among its siblings.</summary>
    public required int SortOrder { get; init; }

    /// <summary>When the item was last changed, in UTC.</summary>
    public required DateTimeOffset UpdateDate { get; init; }
}
