namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>
/// A document type after compositions are resolved: <see cref="Properties"/> holds the composed properties
/// followed by the type's own, as Umbraco shows them in the backoffice.
/// </summary>
public sealed record DocumentType(
    string Alias,
    string Name,
    string Icon,
    bool AllowedAtRoot,
    bool IsComposition,
    bool VariesByCulture,
    IReadOnlyList<string> AllowedChildren,
    IReadOnlyList<string> Compositions,
    IReadOnlyList<PropertyType> Properties,
    string SourceFile)
{
    public PropertyType? FindProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));

    public bool AllowsChild(string childAlias) => AllowedChildren.Contains(childAlias, StringComparer.Ordinal);
}
