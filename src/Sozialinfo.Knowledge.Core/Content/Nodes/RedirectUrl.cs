namespace Sozialinfo.Knowledge.Core.Content.Nodes;

/// <summary>
/// An old route of a node in one culture (Umbraco's umbracoRedirectUrl), answered with 301 to the node's current
/// route. Unique per (<see cref="Culture"/>, <see cref="Path"/>); deleted with the node.
/// </summary>
public sealed class RedirectUrl
{
    public const int PathMaxLength = 1000;

    public long Id { get; set; }

    public string Culture { get; set; } = string.Empty;

    /// <summary>Normalised route with leading and trailing slash, e.g. "/a/b/".</summary>
    public string Path { get; set; } = string.Empty;

    public Guid NodeKey { get; set; }

    public DateTimeOffset CreateDate { get; set; }
}
