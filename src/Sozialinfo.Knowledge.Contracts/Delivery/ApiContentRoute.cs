namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>Where an item is found: its route path and its start item (Umbraco's <c>IApiContentRoute</c>).</summary>
/// <param name="Path">
/// The route path with a trailing slash: <c>/</c> for the first root, <c>/{segment}/</c> for other roots,
/// <c>/a/b/</c> below them, and <c>/preview-{id}/</c> for never-published content in preview.
/// </param>
/// <param name="StartItem">The root the item lives under.</param>
public sealed record ApiContentRoute(string Path, ApiContentStartItem StartItem);
