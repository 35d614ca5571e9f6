namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>The JSON shape of one file in umbraco-config/document-types, before validation.</summary>
internal sealed class DocumentTypeDefinition
{
    public string? Alias { get; set; }

    public string? Name { get; set; }

    public string? Icon { get; set; }

    public bool AllowedAtRoot { get; set; }

    public bool IsComposition { get; set; }

    public bool VariesByCulture { get; set; }

    public List<string>? AllowedChildren { get; set; }

    public List<string>? Compositions { get; set; }

    public List<PropertyTypeDefinition>? Properties { get; set; }
}
