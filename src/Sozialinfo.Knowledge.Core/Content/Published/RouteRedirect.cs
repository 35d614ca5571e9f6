namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>An old route of a moved or renamed item, answered with 301 to its current route.</summary>
public sealed record RouteRedirect(string Culture, string Path, Guid Key);
