namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>A property of a document type, as Umbraco defines it: alias, editor, mandatory flag, validation.</summary>
public sealed record PropertyType(
    string Alias,
    string Name,
    string EditorAlias,
    bool Mandatory,
    string? ValidationPattern,
    string? ValidationMessage,
    bool VariesByCulture,
    string? Group,
    IReadOnlyList<string> AllowedTypes);
